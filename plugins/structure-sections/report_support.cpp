#include "report_support.hpp"

#include "plugin_support.hpp"
#include "structure_check.hpp"

namespace showcase::structure {

void reportFinding(Analysis& analysis, Severity severity, const std::string& message, std::optional<Location> location,
                   std::optional<double> value, std::optional<double> limit) {
    analysis.report(common::makeFinding(kPluginId, severity, message, std::move(location), value, limit));
}

Location headingLocation(const Document& document, const FoundHeading& heading) {
    return Location{document.path, heading.part, heading.index, document.blocks[heading.block].headingPath};
}

Location fileLocation(const Document& document) { return Location{document.path, std::nullopt, 0, {}}; }

double hundredths(double score) { return static_cast<double>(static_cast<int>(score * 100 + 0.5)) / 100; }

Poco::JSON::Object::Ptr headingJson(const Document& document, const FoundHeading& heading) {
    Poco::JSON::Object::Ptr object = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    object->set("heading", heading.text);
    object->set("level", heading.level);
    object->set("file", document.path);
    object->set("part", partName(heading.part));
    object->set("index", heading.index);
    object->set("source", headingSourceName(heading.source));
    object->set("words", static_cast<unsigned long long>(heading.words));
    return object;
}

}  // namespace showcase::structure
