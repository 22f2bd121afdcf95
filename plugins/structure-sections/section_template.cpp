#include "section_template.hpp"

#include <Poco/JSON/Array.h>

#include "plugin_support.hpp"

namespace showcase::structure {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;
using common::objectsIn;
using common::stringOf;
using common::stringsIn;

// A Cited boolean ({"value": true, ...}); absent means the default.
bool citedFlag(const Object::Ptr& object, const std::string& key, bool fallback) {
    if (!object || !object->has(key)) return fallback;
    const Object::Ptr cited = object->getObject(key);
    if (!cited || !cited->has("value") || !cited->get("value").isBoolean()) return fallback;
    return cited->getValue<bool>("value");
}

TemplateSection readSection(const Object::Ptr& object) {
    TemplateSection section;
    section.id = stringOf(object, "id");
    section.order = object->has("order") ? object->getValue<int>("order") : 0;
    section.title = stringOf(object, "title");
    section.content = stringOf(object, "role") != "appendix";
    section.required = citedFlag(object, "required", true);
    if (const Object::Ptr words = object->getObject("words"); words && words->has("min") && words->has("max")) {
        section.words = WordRange{words->getValue<int>("min"), words->getValue<int>("max")};
        if (words->has("binding") && words->get("binding").isString() && words->getValue<std::string>("binding") == "approximate") {
            section.words->approximate = true;
        }
    }
    section.phrases.push_back(section.title);
    for (auto& phrase : stringsIn(object->getArray("match"))) section.phrases.push_back(std::move(phrase));
    if (const Object::Ptr terms = object->getObject("goal_terms")) section.goalTerms = stringsIn(terms->getArray("value"));
    return section;
}

std::vector<TemplateSection> readSections(const Array::Ptr& array) {
    std::vector<TemplateSection> sections;
    for (const auto& object : objectsIn(array)) sections.push_back(readSection(object));
    return sections;
}

Component readComponent(const Object::Ptr& object) {
    Component component;
    component.id = stringOf(object, "id");
    component.name = stringOf(object, "name");
    component.required = citedFlag(object, "required", true);
    for (const auto& question : objectsIn(object->getArray("questions"))) {
        component.questions.push_back({stringOf(question, "label"), stringOf(question, "text")});
    }
    component.sections = readSections(object->getArray("sections"));
    return component;
}

bool hasPhrase(const TemplateSection& section, const std::string& phrase) {
    for (const auto& candidate : section.phrases) {
        if (candidate == phrase) return true;
    }
    return false;
}

}  // namespace

ProfileStructure readProfileStructure(const Poco::JSON::Object::Ptr& profile) {
    ProfileStructure structure;
    if (!profile) return structure;
    structure.id = stringOf(profile, "id");
    if (profile->has("template") && !profile->isNull("template")) {
        const Object::Ptr templ = profile->getObject("template");
        structure.templateKind = stringOf(templ, "kind");
        structure.sections = readSections(templ->getArray("sections"));
    }
    for (const auto& object : objectsIn(profile->getArray("components"))) structure.components.push_back(readComponent(object));
    return structure;
}

bool isSwotSection(const TemplateSection& section) { return section.id == "swot" || hasPhrase(section, "swot"); }

bool isGoalSection(const TemplateSection& section) { return !section.goalTerms.empty() || hasPhrase(section, "smart goals"); }

}  // namespace showcase::structure
