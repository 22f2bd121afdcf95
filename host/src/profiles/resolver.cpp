#include "resolver.hpp"

#include "json_access.hpp"

namespace showcase::profiles {
namespace {

// A copy that plugins may change freely without touching the loaded library.
json::Var deepCopy(const json::Var& value) {
    if (auto object = json::asObject(value)) {
        json::ObjectPtr copy = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        for (const auto& name : object->getNames()) copy->set(name, deepCopy(object->get(name)));
        return copy;
    }
    if (auto array = json::asArray(value)) {
        json::ArrayPtr copy = new Poco::JSON::Array;
        for (std::size_t i = 0; i < array->size(); ++i) copy->add(deepCopy(json::at(array, i)));
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

json::ObjectPtr criterionFor(const Catalogue& catalogue, const std::string& id, const std::string& epao) {
    const auto criteria = json::array(json::asObject(catalogue.json.root), "criteria");
    const auto source = json::asObject(json::at(criteria, catalogue.criteria.at(id).index));
    json::ObjectPtr resolved = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const char* key : {"id", "module", "ksb", "grade", "condition", "text"}) {
        if (source->has(key)) resolved->set(key, deepCopy(source->get(key)));
    }
    const auto refs = json::array(json::object(source, "epao_refs"), epao);
    resolved->set("epao_refs", refs ? deepCopy(refs) : json::Var(json::ArrayPtr(new Poco::JSON::Array)));
    json::ArrayPtr hints = new Poco::JSON::Array;
    for (const auto& [i, hint] : json::objects(json::array(source, "evidence_hints"))) {
        if (json::string(hint, "epao") == epao) hints->add(deepCopy(hint));
    }
    resolved->set("evidence_hints", hints);
    return resolved;
}

}  // namespace

Poco::JSON::Object::Ptr resolveProfile(const Profile& profile) {
    auto resolved = json::asObject(deepCopy(profile.json.root));
    resolved->set("standard", standardOf(*profile.catalogue));
    auto coverage = json::object(resolved, "coverage");
    json::ArrayPtr criteria = new Poco::JSON::Array;
    for (const auto& id : json::strings(json::array(coverage, "criteria"))) {
        criteria->add(criterionFor(*profile.catalogue, id, profile.epao));
    }
    coverage->set("criteria", criteria);
    return resolved;
}

}  // namespace showcase::profiles
