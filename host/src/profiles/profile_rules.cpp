#include "profile_rules.hpp"

#include <cmath>
#include <regex>

#include "cited_values.hpp"

namespace showcase::profiles {

void checkProfileRules(const Profile& profile, Diagnostics& diagnostics) { ProfileRules(profile, diagnostics).run(); }

ProfileRules::ProfileRules(const Profile& profile, Diagnostics& diagnostics)
    : profile_(profile), catalogue_(*profile.catalogue), root_(json::asObject(profile.json.root)), diagnostics_(diagnostics) {}

void ProfileRules::report(Level level, const std::string& pointer, const std::string& message) {
    diagnostics_.add({level, profile_.json.file, profile_.json.lineOf(pointer), pointer, message});
}

void ProfileRules::run() {
    coverage();
    limits();
    templateSections();
    sectionWords();
    epaoRanges();
    components();
    grading();
    information();
    messages();
    everyCriterionPlaced();
}

void ProfileRules::coverage() {
    const auto coverage = json::object(root_, "coverage");
    const auto modules = json::array(coverage, "modules");
    for (std::size_t i = 0; i < modules->size(); ++i) {
        const int module = json::at(modules, i).convert<int>();
        const std::string pointer = "/coverage/modules/" + std::to_string(i);
        if (!catalogue_.isShowcaseModule(module)) error(pointer, "module " + std::to_string(module) + " is not a showcase module of " + catalogue_.standardId);
        if (!coveredModules_.insert(module).second) error(pointer, "module " + std::to_string(module) + " is listed twice");
    }
    const auto criteria = json::array(coverage, "criteria");
    for (std::size_t i = 0; i < criteria->size(); ++i) {
        const std::string id = json::at(criteria, i).extract<std::string>();
        const std::string pointer = "/coverage/criteria/" + std::to_string(i);
        if (!criterionKnown(pointer, id)) continue;
        if (!coveredCriteria_.insert(id).second) {
            error(pointer, "criterion '" + id + "' is listed twice");
        } else if (coveredModules_.count(catalogue_.criteria.at(id).module) == 0) {
            error(pointer, "criterion '" + id + "' is not in a covered module");
        }
    }
    for (const auto& expected : catalogue_.showcaseCriteriaOf(coveredModules_)) {
        if (coveredCriteria_.count(expected) == 0) error("/coverage/criteria", "showcase criterion '" + expected + "' of a covered module is missing");
    }
}

bool ProfileRules::criterionKnown(const std::string& pointer, const std::string& criterion) {
    if (catalogue_.criteria.count(criterion) > 0) return true;
    error(pointer, "criterion '" + criterion + "' does not exist in the " + catalogue_.standardId + " catalogue");
    return false;
}

void ProfileRules::grading() {
    const auto distinction = json::object(json::object(root_, "grading"), "distinction");
    long long distinctionCovered = 0;
    for (const auto& id : coveredCriteria_) distinctionCovered += catalogue_.criteria.at(id).grade == "distinction" ? 1 : 0;
    const long long of = *json::integer(distinction, "of");
    const long long required = *json::integer(distinction, "required");
    if (of != distinctionCovered) {
        error("/grading/distinction/of", "of is " + std::to_string(of) + " but the coverage holds " + std::to_string(distinctionCovered) + " distinction criteria");
    }
    if (required <= 0 || required > of) error("/grading/distinction/required", "required must be in 1..of (" + std::to_string(of) + ")");
    if (auto percent = json::integer(distinction, "percent"); percent && of > 0 &&
                                                              *percent != std::lround(100.0 * static_cast<double>(required) / static_cast<double>(of))) {
        error("/grading/distinction/percent", "percent " + std::to_string(*percent) + " is not " + std::to_string(required) + "/" + std::to_string(of) + " rounded");
    }
}

void ProfileRules::information() {
    std::set<std::string> componentIds;
    for (const auto& component : json::objects(json::array(root_, "components"))) componentIds.insert(*json::string(component, "id"));
    for (const std::string list : {"submission", "rules"}) {
        for (const auto& [i, item] : json::indexedObjects(json::array(root_, list))) {
            const std::string base = "/" + list + "/" + std::to_string(i);
            const auto appliesTo = json::strings(json::array(item, "applies_to"));
            for (std::size_t j = 0; j < appliesTo.size(); ++j) {
                if (componentIds.count(appliesTo[j]) == 0) error(base + "/applies_to/" + std::to_string(j), "no component '" + appliesTo[j] + "'");
            }
            if (auto days = json::integer(item, "working_days_before"); days && *days < 0) {
                error(base + "/working_days_before", "working_days_before must not be negative");
            }
        }
    }
}

// Rule 23: a message is present exactly when the profile has the limit or part it speaks of, and
// uses only the placeholders that the check filling it in knows.
void ProfileRules::messages() {
    const auto limits = json::object(root_, "limits");
    const auto words = json::object(limits, "words");
    const auto templ = json::object(root_, "template");
    bool hasSections = templ && json::array(templ, "sections")->size() > 0;
    for (const auto& component : json::objects(json::array(root_, "components"))) {
        hasSections |= json::array(component, "sections") && json::array(component, "sections")->size() > 0;
    }
    bool anonymityRule = false;
    for (const auto& rule : json::objects(json::array(root_, "rules"))) anonymityRule |= json::string(rule, "kind") == "anonymity";
    struct Expectation {
        const char* key;
        bool condition;
        std::set<std::string> placeholders;
    };
    const std::vector<Expectation> expected{
        {"over_word_limit", words && words->has("max"), {"words", "max", "excess"}},
        {"under_word_minimum", citedInteger(words, "min").value_or(0) > 0, {"words", "min", "shortfall"}},
        {"over_slide_limit", json::object(json::object(limits, "slides"), "max") != nullptr, {"slides", "max", "excess"}},
        {"over_recording_limit", json::object(json::object(limits, "recording"), "max_minutes") != nullptr, {"minutes", "max", "limit"}},
        {"missing_section", hasSections, {"section"}},
        {"missing_component", json::array(root_, "components")->size() > 0, {"component"}},
        {"customer_name_found", anonymityRule, {"name"}}};
    const auto messages = json::object(root_, "messages");
    static const std::regex placeholder(R"(\{([^{}]*)\})");
    for (const auto& expectation : expected) {
        const std::string pointer = std::string("/messages/") + expectation.key;
        const auto text = json::string(messages, expectation.key);
        if (expectation.condition && !text) error("/messages", std::string("message '") + expectation.key + "' is required by the profile's contents");
        if (!expectation.condition && text) error(pointer, std::string("message '") + expectation.key + "' has nothing to speak of in this profile");
        if (!text) continue;
        for (std::sregex_iterator it(text->begin(), text->end(), placeholder), end; it != end; ++it) {
            if (expectation.placeholders.count((*it)[1]) == 0) error(pointer, "placeholder {" + (*it)[1].str() + "} is not one of this message's");
        }
    }
}

void ProfileRules::everyCriterionPlaced() {
    std::set<std::string> placed;
    if (const auto templ = json::object(root_, "template")) {
        for (const auto& section : json::objects(json::array(templ, "sections"))) {
            for (const auto& id : json::strings(json::array(section, "criteria"))) placed.insert(id);
        }
    }
    for (const auto& component : json::objects(json::array(root_, "components"))) {
        for (const auto& item : json::objects(json::array(component, "checklist"))) {
            for (const auto& id : json::strings(json::array(item, "criteria"))) placed.insert(id);
        }
    }
    for (const auto& id : coveredCriteria_) {
        if (placed.count(id) == 0) warning("/coverage/criteria", "criterion '" + id + "' is placed in no section or checklist item");
    }
}

}  // namespace showcase::profiles
