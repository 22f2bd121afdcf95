#include "resolver.hpp"

#include "json_read.hpp"

namespace showcase::profiles {
namespace {

// A copy that plugins may change freely without touching the loaded library.
json::Var deepCopy(const json::Var& value, Citations citations) {
    if (auto object = json::asObject(value)) {
        json::ObjectPtr copy = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        for (const auto& name : object->getNames()) {
            if (citations == Citations::Keep || name != "source") copy->set(name, deepCopy(object->get(name), citations));
        }
        return copy;
    }
    if (auto array = json::asArray(value)) {
        json::ArrayPtr copy = new Poco::JSON::Array;
        for (std::size_t i = 0; i < array->size(); ++i) copy->add(deepCopy(json::at(array, i), citations));
        return copy;
    }
    return value;
}

json::ObjectPtr standardOf(const Catalogue& catalogue) {
    const auto standard = json::object(json::asObject(catalogue.json.root), "standard");
    json::ObjectPtr resolved = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const char* key : {"id", "reference", "name", "level", "version", "assessment_plan"}) resolved->set(key, standard->get(key));
    return resolved;
}

json::ObjectPtr criterionFor(const Catalogue& catalogue, const std::string& id, const std::string& epao, Citations citations) {
    const auto criteria = json::array(json::asObject(catalogue.json.root), "criteria");
    const auto source = json::asObject(json::at(criteria, catalogue.criteria.at(id).index));
    json::ObjectPtr resolved = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const char* key : {"id", "module", "ksb", "grade", "condition", "text", "evidence"}) {
        if (source->has(key)) resolved->set(key, deepCopy(source->get(key), citations));
    }
    const auto refs = json::array(json::object(source, "epao_refs"), epao);
    resolved->set("epao_refs", refs ? deepCopy(refs, citations) : json::Var(json::ArrayPtr(new Poco::JSON::Array)));
    json::ArrayPtr hints = new Poco::JSON::Array;
    for (const auto& hint : json::objects(json::array(source, "evidence_hints"))) {
        if (json::string(hint, "epao") == epao) hints->add(deepCopy(hint, citations));
    }
    resolved->set("evidence_hints", hints);
    return resolved;
}

// Each covered module's names, so a check can find "Module 10: Influencing skills" in a bundle.
json::ArrayPtr moduleNamesOf(const Catalogue& catalogue, const json::ArrayPtr& numbers) {
    json::ArrayPtr resolved = new Poco::JSON::Array;
    for (const auto& module : json::objects(json::array(json::asObject(catalogue.json.root), "modules"))) {
        const auto number = json::integer(module, "number");
        bool covered = false;
        for (std::size_t j = 0; numbers && j < numbers->size(); ++j) covered |= json::at(numbers, j).convert<long long>() == number;
        if (!covered) continue;
        json::ObjectPtr entry = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("number", *number);
        json::ArrayPtr names = new Poco::JSON::Array;
        names->add(*json::string(module, "name"));
        for (const auto& alternative : json::objects(json::array(module, "alternative_names"))) names->add(*json::string(alternative, "value"));
        entry->set("names", names);
        resolved->add(entry);
    }
    return resolved;
}

}  // namespace

Poco::JSON::Object::Ptr resolveProfile(const Profile& profile, Citations citations) {
    auto resolved = json::asObject(deepCopy(profile.json.root, citations));
    resolved->set("standard", standardOf(*profile.catalogue));
    auto coverage = json::object(resolved, "coverage");
    json::ArrayPtr criteria = new Poco::JSON::Array;
    for (const auto& id : json::strings(json::array(coverage, "criteria"))) {
        criteria->add(criterionFor(*profile.catalogue, id, profile.epao, citations));
    }
    coverage->set("criteria", criteria);
    coverage->set("module_names", moduleNamesOf(*profile.catalogue, json::array(coverage, "modules")));
    return resolved;
}

}  // namespace showcase::profiles
