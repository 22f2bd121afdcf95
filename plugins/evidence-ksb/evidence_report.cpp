#include "evidence_report.hpp"

#include <Poco/JSON/Array.h>

#include <cmath>
#include <map>

#include "plugin_support.hpp"

namespace showcase::evidence {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

const std::string kEllipsis = "\u2026";

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

double rounded(double value) { return std::round(value * 100) / 100; }

Object::Ptr locationOf(const Passage& passage) {
    Object::Ptr location = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    location->set("file", passage.document->path);
    location->set("part", partName(passage.block->part));
    location->set("index", passage.block->index);
    Array::Ptr path = new Array;
    for (const auto& heading : passage.block->headingPath) path->add(heading);
    if (passage.block->headingPath.empty() && !passage.heading.empty()) path->add(passage.heading);
    location->set("heading_path", path);
    return location;
}

Object::Ptr evidenceJson(const Evidence& evidence) {
    const Passage& passage = *evidence.passage;
    Object::Ptr entry = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    entry->set("file", passage.document->path);
    entry->set("location", locationOf(passage));
    entry->set("where", describePlace(passage));
    entry->set("quote", quoteFor(passage.block->text));
    entry->set("score", rounded(evidence.score));
    entry->set("via", evidence.via);
    entry->set("beyond_limit", isBeyond(passage.place));
    entry->set("appendix", passage.place == Place::Appendix);
    return entry;
}

Array::Ptr passagesJson(const std::vector<Evidence>& passages) {
    Array::Ptr array = new Array;
    for (const auto& item : passages) array->add(evidenceJson(item));
    return array;
}

Object::Ptr criterionJson(const CriterionResult& result) {
    const CriterionSpec& spec = *result.spec;
    Object::Ptr entry = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    entry->set("id", spec.id);
    entry->set("module", spec.module);
    entry->set("module_name", spec.moduleName);
    entry->set("grade", spec.grade);
    entry->set("text", spec.text);
    Array::Ptr codes = new Array;
    for (const auto& code : spec.codes) codes->add(code);
    entry->set("codes", codes);
    entry->set("component", spec.component.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(spec.component));
    entry->set("status", result.status);
    entry->set("confidence", result.confidence);
    entry->set("reason", result.reason);
    entry->set("evidence", passagesJson(result.evidence));
    entry->set("nearest", passagesJson(result.nearest));
    return entry;
}

/// Evidence found for the pass and distinction criteria of some group (a module, a component).
struct Tally {
    int passEvidenced = 0, passTotal = 0, distinctionEvidenced = 0, distinctionTotal = 0;

    void add(const CriterionResult& result) {
        const bool found = result.status == "evidenced";
        if (result.spec->grade == "distinction") {
            ++distinctionTotal;
            distinctionEvidenced += found ? 1 : 0;
        } else {
            ++passTotal;
            passEvidenced += found ? 1 : 0;
        }
    }
    void into(Object::Ptr& object) const {
        object->set("pass_evidenced", passEvidenced);
        object->set("pass_total", passTotal);
        object->set("distinction_evidenced", distinctionEvidenced);
        object->set("distinction_total", distinctionTotal);
    }
};

std::string summaryOf(const Tally& all, int threshold) {
    return "Evidence found for " + std::to_string(all.passEvidenced) + " of " + std::to_string(all.passTotal) +
           " pass criteria and " + std::to_string(all.distinctionEvidenced) + " of " + std::to_string(all.distinctionTotal) +
           " distinction criteria (" + std::to_string(threshold) + " needed for a distinction).";
}

Object::Ptr outcomeJson(const ProfileModel& model, const std::vector<CriterionResult>& results, const Tally& all) {
    std::map<int, Tally> byModule;
    std::map<int, std::string> moduleNames;
    std::map<std::string, Tally> byComponent;
    for (const auto& result : results) {
        byModule[result.spec->module].add(result);
        moduleNames[result.spec->module] = result.spec->moduleName;
        if (!result.spec->component.empty()) byComponent[result.spec->component].add(result);
    }
    Object::Ptr outcome = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    all.into(outcome);
    outcome->set("distinction_threshold", model.distinctionRequired);
    outcome->set("summary", summaryOf(all, model.distinctionRequired));
    Array::Ptr modules = new Array;
    for (const auto& [number, tally] : byModule) {
        Object::Ptr entry = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("module", number);
        entry->set("name", moduleNames[number]);
        tally.into(entry);
        modules->add(entry);
    }
    outcome->set("modules", modules);
    Array::Ptr components = new Array;
    for (const auto& component : model.components) {
        const auto found = byComponent.find(component.id);
        if (found == byComponent.end()) continue;
        Object::Ptr entry = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("id", component.id);
        entry->set("name", component.name);
        found->second.into(entry);
        entry->set("distinction_threshold", component.distinctionRequired);
        components->add(entry);
    }
    outcome->set("components", components);
    Array::Ptr gaps = new Array;
    Array::Ptr prompts = new Array;
    for (const auto& result : results) {
        if (result.status == "evidenced") continue;
        Object::Ptr gap = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        gap->set("id", result.spec->id);
        gap->set("status", result.status);
        gap->set("reason", result.reason);
        gaps->add(gap);
        Object::Ptr prompt = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        prompt->set("criterion", result.spec->id);
        prompt->set("prompt", result.spec->prompt);
        prompts->add(prompt);
    }
    outcome->set("gaps", gaps);
    outcome->set("interview_prompts", prompts);
    return outcome;
}

Location findingLocation(const Passage& passage) {
    Location location;
    location.file = passage.document->path;
    location.part = passage.block->part;
    location.index = passage.block->index;
    location.headingPath = passage.block->headingPath;
    return location;
}

std::string label(const CriterionSpec& spec) {
    return spec.codes.empty() ? spec.id : spec.id + " (" + spec.codes.front() + ")";
}

void reportFindings(Analysis& analysis, const std::vector<CriterionResult>& results, const Tally& all, int threshold) {
    using common::makeFinding;
    analysis.report(makeFinding(kPluginId, Severity::Info, summaryOf(all, threshold), std::nullopt,
                                static_cast<double>(all.passEvidenced), static_cast<double>(all.passTotal)));
    for (const auto& result : results) {
        for (const auto& wrong : result.wrongTags) {
            analysis.report(makeFinding(kPluginId, Severity::Warning,
                                        "tagged " + wrong.code + " but does not speak to " + label(*result.spec) + " (score " +
                                            std::to_string(wrong.score).substr(0, 4) + ")",
                                        findingLocation(*wrong.passage), wrong.score));
        }
        if (result.status == "missing" && !result.mappingClaims.empty()) {
            analysis.report(makeFinding(kPluginId, Severity::Warning,
                                        "the mapping table lists " + label(*result.spec) + " but no passage evidences it",
                                        findingLocation(*result.mappingClaims.front())));
        }
        if (result.status == "evidenced") continue;
        const Severity severity = result.status == "weak" ? Severity::Info : Severity::Warning;
        std::optional<Location> location;
        if (!result.evidence.empty()) location = findingLocation(*result.evidence.front().passage);
        analysis.report(makeFinding(kPluginId, severity, label(*result.spec) + " " + result.status + ": " + result.reason, location));
    }
}

}  // namespace

std::string quoteFor(const std::string& text, std::size_t limit) {
    if (text.size() <= limit) return text;
    std::size_t cut = limit - kEllipsis.size();
    while (cut > 0 && isContinuation(static_cast<unsigned char>(text[cut]))) --cut;
    const std::size_t space = text.rfind(' ', cut);
    if (space != std::string::npos && space > limit / 2) cut = space;
    std::string quote = text.substr(0, cut);
    while (!quote.empty() && (quote.back() == ' ' || quote.back() == ',')) quote.pop_back();
    return quote + kEllipsis;
}

void reportResults(Analysis& analysis, const ProfileModel& model, const std::vector<CriterionResult>& results) {
    auto metrics = analysis.metrics();
    metrics->set("profile", model.id);
    Array::Ptr criteria = new Array;
    Tally all;
    for (const auto& result : results) {
        criteria->add(criterionJson(result));
        all.add(result);
    }
    metrics->set("criteria", criteria);
    metrics->set("outcome", outcomeJson(model, results, all));
    reportFindings(analysis, results, all, model.distinctionRequired);
}

}  // namespace showcase::evidence
