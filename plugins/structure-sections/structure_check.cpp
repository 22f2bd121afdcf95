#include "structure_check.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>

#include "component_report.hpp"
#include "found_structure.hpp"
#include "report_support.hpp"
#include "section_template.hpp"
#include "structure_options.hpp"
#include "template_report.hpp"

namespace showcase::structure {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

struct ChosenProfile {
    Object::Ptr profile;
    std::string source;  ///< "host", "profile_file" or empty
};

ChosenProfile chooseProfile(Analysis& analysis, const StructureOptions& options) {
    if (Object::Ptr profile = analysis.profile()) return {profile, "host"};
    if (options.profileFile.empty()) return {};
    try {
        return {loadProfileFile(options.profileFile), "profile_file"};
    } catch (const Poco::Exception& error) {
        reportFinding(analysis, Severity::Warning,
                      "cannot read profile_file '" + options.profileFile + "': " + error.displayText() +
                          "; only the structure found is reported",
                      std::nullopt);
    }
    return {};
}

// The template describes the showcase itself: the report or the slides, not the evidence
// appended to it. A bundle with neither role has its documents compared as they are.
std::vector<std::size_t> mainDocuments(const std::vector<Document>& documents, const std::vector<DocumentStructure>& structures) {
    std::vector<std::size_t> main;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        if (documents[d].role == Role::Report || documents[d].role == Role::Slides) main.push_back(d);
    }
    if (!main.empty()) return main;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        if (!structures[d].headings.empty()) main.push_back(d);
    }
    return main;
}

Array::Ptr documentsJson(const std::vector<Document>& documents, const std::vector<DocumentStructure>& structures) {
    Array::Ptr list = new Array;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        if (documents[d].status != ReadStatus::Read) continue;
        Object::Ptr entry = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("path", documents[d].path);
        entry->set("role", roleName(documents[d].role));
        entry->set("headings", static_cast<int>(structures[d].headings.size()));
        entry->set("found_by", structures[d].headings.empty()
                                   ? Poco::Dynamic::Var()
                                   : Poco::Dynamic::Var(headingSourceName(structures[d].headings.front().source)));
        list->add(entry);
    }
    return list;
}

Array::Ptr structureOnlyJson(const std::vector<Document>& documents, const std::vector<DocumentStructure>& structures) {
    Array::Ptr list = new Array;
    for (std::size_t d = 0; d < documents.size(); ++d) {
        for (const auto& heading : structures[d].headings) list->add(headingJson(documents[d], heading));
    }
    return list;
}

}  // namespace

void checkStructure(Analysis& analysis) {
    const OptionsReading reading = readOptions(analysis.options());
    for (const auto& problem : reading.problems) reportFinding(analysis, Severity::Warning, problem, std::nullopt);
    const StructureOptions& options = reading.options;
    const ChosenProfile chosen = chooseProfile(analysis, options);
    const ProfileStructure wanted = readProfileStructure(chosen.profile);

    const std::vector<Document>& documents = analysis.bundle().documents;
    std::vector<DocumentStructure> structures;
    structures.reserve(documents.size());
    for (const auto& document : documents) structures.push_back(findStructure(document));

    Object::Ptr metrics = analysis.metrics();
    metrics->set("profile", chosen.profile ? Poco::Dynamic::Var(wanted.id) : Poco::Dynamic::Var());
    metrics->set("profile_source", chosen.source.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(chosen.source));
    metrics->set("similarity_threshold", options.similarityThreshold);
    metrics->set("template_kind", wanted.templateKind.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(wanted.templateKind));
    metrics->set("documents", documentsJson(documents, structures));

    if (!wanted.sections.empty()) {
        std::vector<const Document*> main;
        std::vector<DocumentStructure> mainStructures;
        for (const std::size_t d : mainDocuments(documents, structures)) {
            main.push_back(&documents[d]);
            mainStructures.push_back(structures[d]);
        }
        reportTemplate(analysis, main, mainStructures, wanted.sections, wanted.templateKind, options.similarityThreshold, metrics);
    } else {
        metrics->set("sections", structureOnlyJson(documents, structures));
    }
    if (!wanted.components.empty()) reportComponents(analysis, structures, wanted.components, options.similarityThreshold, metrics);
}

}  // namespace showcase::structure
