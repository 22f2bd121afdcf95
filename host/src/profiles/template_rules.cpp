// Rules 16-20: limits, the template and its word ranges, EPAO code ranges, components.
#include <algorithm>
#include <map>
#include <regex>

#include "cited_values.hpp"
#include "profile_rules.hpp"

namespace showcase::profiles {

void ProfileRules::limits() {
    const auto limits = json::object(root_, "limits");
    // Every Cited integer leaf is a count or a length: none may be negative.
    for (const auto& group : limits->getNames()) {
        const auto members = json::object(limits, group);
        for (const auto& name : members->getNames()) {
            const auto value = citedInteger(members, name);
            if (value && *value < 0) {
                error("/limits/" + group + "/" + name + "/value", "a limit must not be negative");
            }
        }
    }
    for (const std::string group : {"words", "slides"}) {
        const auto members = json::object(limits, group);
        const auto min = citedInteger(members, "min");
        const auto max = citedInteger(members, "max");
        if (min && max && *min > *max) {
            error("/limits/" + group + "/min", group + " min " + std::to_string(*min) + " is above max " + std::to_string(*max));
        }
        if (members && members->has("past_max") && !max) error("/limits/" + group + "/past_max", "past_max needs a max");
    }
    const auto recording = json::object(limits, "recording");
    if (recording && recording->has("past_max") && !recording->has("max_minutes")) {
        error("/limits/recording/past_max", "past_max needs a max_minutes");
    }
    for (const std::string group : {"words", "recording"}) {
        const auto tolerance = citedInteger(json::object(limits, group), "tolerance_percent");
        if (tolerance && (*tolerance < 0 || *tolerance > 100)) {
            error("/limits/" + group + "/tolerance_percent/value", "tolerance_percent must be 0..100");
        }
    }
}

bool ProfileRules::criterionFits(const std::string& pointer, const std::string& criterion,
                                 const std::vector<long long>& modules, Lister lister) {
    // Rule 17 asks of a group's criteria only that they be covered and in its modules, so one that
    // does not exist is reported as not in the coverage.
    const std::string named = (lister == Lister::Group ? "group criterion '" : "criterion '") + criterion + "'";
    if (lister != Lister::Group && !criterionKnown(pointer, criterion)) return false;
    if (!covered(criterion)) {
        error(pointer, named + " is not in the coverage");
        return false;
    }
    if (std::find(modules.begin(), modules.end(), catalogue_.criteria.at(criterion).module) != modules.end()) return true;
    const char* owner = lister == Lister::Group ? "group" : lister == Lister::Section ? "section" : "component";
    // Rule 20 makes this a warning for a checklist item; rule 17 an error for a section or group.
    report(lister == Lister::Component ? Level::Warning : Level::Error, pointer, named + " is outside the " + owner + "'s modules");
    return false;
}

void ProfileRules::templateSections() {
    const auto templ = json::object(root_, "template");
    if (!templ) return;
    std::map<std::string, json::ObjectPtr> groups;
    for (const auto& [i, group] : json::indexedObjects(json::array(templ, "groups"))) {
        const std::string base = "/template/groups/" + std::to_string(i);
        const std::string id = *json::string(group, "id");
        if (!groups.emplace(id, group).second) error(base + "/id", "group id '" + id + "' is not unique");
        const auto modules = json::integers(json::array(group, "modules"));
        for (const auto& criterion : json::strings(json::array(group, "criteria"))) {
            criterionFits(base + "/criteria", criterion, modules, Lister::Group);
        }
    }
    std::set<std::string> ids;
    std::vector<long long> orders;
    for (const auto& [i, section] : json::indexedObjects(json::array(templ, "sections"))) {
        const std::string base = "/template/sections/" + std::to_string(i);
        const std::string id = *json::string(section, "id");
        if (!ids.insert(id).second) error(base + "/id", "section id '" + id + "' is not unique");
        orders.push_back(*json::integer(section, "order"));
        json::ObjectPtr group;
        if (auto name = json::string(section, "group")) {
            if (groups.count(*name) == 0) error(base + "/group", "no group '" + *name + "'");
            else group = groups.at(*name);
        }
        const auto modules = json::integers(json::array(section, "modules"));
        for (std::size_t m = 0; m < modules.size(); ++m) {
            if (coveredModules_.count(static_cast<int>(modules[m])) == 0) {
                error(base + "/modules/" + std::to_string(m), "module " + std::to_string(modules[m]) + " is not in the coverage");
            }
        }
        const auto groupCriteria = json::strings(json::array(group, "criteria"));
        const auto criteria = json::strings(json::array(section, "criteria"));
        for (std::size_t c = 0; c < criteria.size(); ++c) {
            const std::string pointer = base + "/criteria/" + std::to_string(c);
            if (criterionFits(pointer, criteria[c], modules, Lister::Section) && group &&
                std::find(groupCriteria.begin(), groupCriteria.end(), criteria[c]) == groupCriteria.end()) {
                error(pointer, "criterion '" + criteria[c] + "' is not among its group's criteria");
            }
        }
    }
    std::sort(orders.begin(), orders.end());
    for (std::size_t k = 0; k < orders.size(); ++k) {
        if (orders[k] != static_cast<long long>(k + 1)) {
            error("/template/sections", "section orders must run 1.." + std::to_string(orders.size()) + " without gaps or repeats");
            break;
        }
    }
}

void ProfileRules::sectionWords() {
    const auto templ = json::object(root_, "template");
    if (!templ) return;
    const auto words = json::object(json::object(root_, "limits"), "words");
    const auto overallMin = citedInteger(words, "min");
    const auto overallMax = citedInteger(words, "max");
    const long long tolerance = citedInteger(words, "tolerance_percent").value_or(0);
    long long sumMin = 0;
    long long sumMax = 0;
    bool anyRange = false;
    for (const auto& [i, section] : json::indexedObjects(json::array(templ, "sections"))) {
        const auto range = json::object(section, "words");
        if (!range) continue;
        const std::string base = "/template/sections/" + std::to_string(i) + "/words";
        const long long min = *json::integer(range, "min");
        const long long max = *json::integer(range, "max");
        if (min < 0 || min > max) error(base + "/min", "section words need 0 <= min <= max");
        if (overallMax && max > *overallMax) error(base + "/max", "section max " + std::to_string(max) + " is above the overall word maximum " + std::to_string(*overallMax));
        if (json::string(section, "role") != "content") continue;
        anyRange = true;
        sumMin += min;
        sumMax += max;
    }
    if (!anyRange) return;
    if (overallMax && sumMin > *overallMax) {
        error("/template/sections", "the content sections' minimums add up to " + std::to_string(sumMin) + ", above the word maximum " + std::to_string(*overallMax));
    }
    if (overallMax && sumMax * 100 > *overallMax * (100 + tolerance)) {
        warning("/template/sections", "the content sections' maximums add up to " + std::to_string(sumMax) + ", above the word maximum " + std::to_string(*overallMax));
    }
    if (overallMin && sumMax < *overallMin) {
        error("/template/sections", "the content sections' maximums add up to " + std::to_string(sumMax) + ", below the word minimum " + std::to_string(*overallMin));
    }
}

// Rule 19: "2K1 – 2K6" (en dash or hyphen) or a single code; every code must be one the EPAO uses.
void ProfileRules::epaoRanges() {
    const auto templ = json::object(root_, "template");
    if (!templ) return;
    static const std::regex range(R"((\d+)([KSB])(\d+)(?:\s*(?:\xE2\x80\x93|-)\s*(\d+)([KSB])(\d+))?)");
    const auto& known = catalogue_.epaoCodes.count(profile_.epao) ? catalogue_.epaoCodes.at(profile_.epao) : std::set<std::string>{};
    for (const auto& [i, section] : json::indexedObjects(json::array(templ, "sections"))) {
        const auto text = json::asString(citedValue(section, "epao_range"));
        if (!text) continue;
        const std::string pointer = "/template/sections/" + std::to_string(i) + "/epao_range/value";
        const std::string& value = *text;
        std::smatch parts;
        if (!std::regex_match(value, parts, range)) {
            error(pointer, "epao_range '" + value + "' is not a code or a range like 2K1 – 2K6");
            continue;
        }
        const int last = parts[4].matched ? std::stoi(parts[6]) : std::stoi(parts[3]);
        if (parts[4].matched && (parts[4] != parts[1] || parts[5] != parts[2] || last < std::stoi(parts[3]))) {
            error(pointer, "epao_range '" + value + "' does not run within one module and letter");
            continue;
        }
        for (int n = std::stoi(parts[3]); n <= last; ++n) {
            const std::string code = parts[1].str() + parts[2].str() + std::to_string(n);
            if (known.count(code) == 0) error(pointer, "code '" + code + "' of epao_range is not one " + profile_.epao + " uses in the catalogue");
        }
    }
}

void ProfileRules::components() {
    std::set<std::string> ids;
    for (const auto& [i, component] : json::indexedObjects(json::array(root_, "components"))) {
        const std::string base = "/components/" + std::to_string(i);
        const std::string id = *json::string(component, "id");
        if (!ids.insert(id).second) error(base + "/id", "component id '" + id + "' is not unique");
        const auto modules = json::integers(json::asArray(citedValue(component, "modules")));
        for (const auto module : modules) {
            if (coveredModules_.count(static_cast<int>(module)) == 0) {
                error(base + "/modules/value", "module " + std::to_string(module) + " is not in the coverage");
            }
        }
        std::set<std::string> labels;
        long long distinctionItems = 0;
        for (const auto& [j, item] : json::indexedObjects(json::array(component, "checklist"))) {
            const std::string itemBase = base + "/checklist/" + std::to_string(j);
            const std::string label = *json::string(item, "label");
            if (!labels.insert(label).second) error(itemBase + "/label", "checklist label '" + label + "' is not unique in " + id);
            distinctionItems += json::string(item, "grade") == "distinction" ? 1 : 0;
            const auto criteria = json::strings(json::array(item, "criteria"));
            for (std::size_t c = 0; c < criteria.size(); ++c) {
                criterionFits(itemBase + "/criteria/" + std::to_string(c), criteria[c], modules, Lister::Component);
            }
        }
        const auto distinction = json::object(json::object(component, "grading"), "distinction");
        if (!distinction) continue;
        const long long of = *json::integer(distinction, "of");
        const long long required = *json::integer(distinction, "required");
        if (of != distinctionItems) {
            error(base + "/grading/distinction/of", "of is " + std::to_string(of) + " but the checklist has " + std::to_string(distinctionItems) + " distinction items");
        }
        if (required <= 0 || required > of) error(base + "/grading/distinction/required", "required must be in 1..of");
    }
}

}  // namespace showcase::profiles
