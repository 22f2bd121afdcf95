// The parts of an EPAO profile this check compares against, read from its JSON
// (mappings/README.md sections 4.3 and 4.4): the template's ordered sections, and for a showcase
// made of components, each component with its questions and its own sections.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

namespace showcase::structure {

struct WordRange {
    int min = 0;
    int max = 0;
    bool approximate = false;  ///< "about 400 words": a tenth either way is still within it
};

/// One section or slide of a template, or one part of a component.
struct TemplateSection {
    std::string id;
    int order = 0;
    std::string title;
    bool content = true;                 ///< false for an appendix: supporting evidence
    bool required = true;
    std::optional<WordRange> words;      ///< the recommended words, when the EPAO gives them
    std::vector<std::string> phrases;    ///< the title, then the profile's `match` phrases
    std::vector<std::string> goalTerms;  ///< for a development plan: "short", "medium", "long"
};

struct WorksheetQuestion {
    std::string label;
    std::string text;  ///< empty where the EPAO's text is garbled
};

struct Component {
    std::string id;
    std::string name;
    bool required = true;
    std::vector<WorksheetQuestion> questions;
    std::vector<TemplateSection> sections;
};

struct ProfileStructure {
    std::string id;
    std::string templateKind;  ///< "sections", "slides", "modules"; empty without a template
    std::vector<TemplateSection> sections;
    std::vector<Component> components;
};

/// What the profile asks for; sections and components are empty when it has none.
ProfileStructure readProfileStructure(const Poco::JSON::Object::Ptr& profile);

/// The section whose `id` or phrases mark it as a SWOT analysis or a goal-setting plan.
bool isSwotSection(const TemplateSection& section);
bool isGoalSection(const TemplateSection& section);

}  // namespace showcase::structure
