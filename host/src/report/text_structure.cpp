// The verdict's sections and components, from structure-sections' metrics: which template
// sections were found, which are missing and where they would be expected, and for a showcase
// made of components (Active IQ), which components and questions are missing.
#include "text_verdict.hpp"

namespace showcase::report::text {
namespace {

std::string quoted(const std::string& text) { return "'" + text + "'"; }

// Where a missing template section would go: after the found section just before it in the
// template, else before the first found one after it.
std::string expectedPlace(const json::ObjectPtr& metrics, double order) {
    json::ObjectPtr before;
    json::ObjectPtr after;
    for (const auto& section : json::objects(json::array(metrics, "sections"))) {
        const auto found = json::number(section, "template_order");
        if (!found || json::flag(section, "part_of_previous") == true) continue;
        if (*found < order && (before.isNull() || *found > json::number(before, "template_order").value_or(0))) before = section;
        if (*found > order && (after.isNull() || *found < json::number(after, "template_order").value_or(0))) after = section;
    }
    const json::ObjectPtr neighbour = before.isNull() ? after : before;
    if (neighbour.isNull()) {
        for (const auto& document : json::objects(json::array(metrics, "documents"))) {
            const std::string role = json::stringOr(document, "role", "");
            if (role != "report" && role != "slides") continue;
            return "not in " + keepTogether(json::stringOr(document, "path", "the showcase"));
        }
        return "";
    }
    const auto location = locationFromJson(neighbour);
    return std::string(before.isNull() ? "expected before " : "expected after ") +
           quoted(json::stringOr(neighbour, "heading", "?")) + (location ? ", " + describeLocation(*location) : "");
}

void addTemplate(const json::ObjectPtr& metrics, double templateSections, Verdict& verdict) {
    const bool modules = json::stringOr(metrics, "template_kind", "sections") == "modules";
    const auto missing = json::objects(json::array(metrics, "missing"));
    const double found = templateSections - static_cast<double>(missing.size());
    VerdictLine line{"Sections", "", missing.empty() ? Tone::Good : Tone::Warning};
    std::vector<std::string> titles;
    for (const auto& section : missing) {
        const std::string title = quoted(json::stringOr(section, "title", json::stringOr(section, "id", "?")));
        titles.push_back(title);
        // A modules template lists topics to cover, not headings to use: a module without a
        // heading may well be covered under another, so it is no gap (the criteria say).
        if (modules) continue;
        const auto order = json::number(section, "order").value_or(0);
        verdict.gaps.push_back({"missing", "section " + title + " (" + count(order) + " of " + count(templateSections) + ")",
                                expectedPlace(metrics, order), Tone::Warning});
    }
    if (modules) {
        line.text = count(found) + " of " + count(templateSections) + " modules have a heading of their own";
        line.tone = Tone::Plain;
        if (!missing.empty()) line.text += " (headings are optional for modules: the criteria say what is covered)";
    } else {
        line.text = count(found) + " of " + count(templateSections) + " template sections found";
        if (!missing.empty()) {
            line.text += "; missing " + (titles.size() <= 3 ? listed(titles) : count(double(titles.size())) + " (see the gaps)");
        }
    }
    const auto outOfOrder = json::objects(json::array(metrics, "out_of_order")).size();
    const auto duplicated = json::objects(json::array(metrics, "duplicated")).size();
    if (outOfOrder > 0) line.text += "; " + count(double(outOfOrder)) + " out of order";
    if (duplicated > 0) line.text += "; " + count(double(duplicated)) + " appearing more than once";
    verdict.lines.push_back(line);
}

// What a found component's file lacks: questions, sections, SWOT quadrants, goals' measures and dates.
void addComponentGaps(const json::ObjectPtr& component, Verdict& verdict) {
    const std::string name = json::stringOr(component, "name", json::stringOr(component, "id", "component"));
    const std::string where = "in " + keepTogether(json::stringOr(component, "file", "its file"));
    const auto questions = json::object(component, "questions");
    const auto notInFile = json::strings(json::array(questions, "missing"));
    const auto unanswered = json::strings(json::array(questions, "unanswered"));
    if (!notInFile.empty()) {
        verdict.gaps.push_back({"missing", std::string(notInFile.size() == 1 ? "question " : "questions ") + listed(notInFile) +
                                               " of the " + name + " not found",
                                where, Tone::Warning});
    }
    if (!unanswered.empty()) {
        verdict.gaps.push_back({"unanswered", std::string(unanswered.size() == 1 ? "question " : "questions ") +
                                                  listed(unanswered) + " of the " + name + " without an answer",
                                where, Tone::Warning});
    }
    for (const auto& section : json::objects(json::array(component, "sections"))) {
        if (json::flag(section, "found") != false) continue;
        verdict.gaps.push_back({"missing", "section " + quoted(json::stringOr(section, "title", "?")) + " of the " + name, where,
                                Tone::Warning});
    }
    const auto swot = json::object(component, "swot");
    std::vector<std::string> quadrants;
    for (const char* quadrant : {"strengths", "weaknesses", "opportunities", "threats"}) {
        if (json::flag(swot, quadrant) == false) quadrants.push_back(quadrant);
    }
    if (!quadrants.empty()) verdict.gaps.push_back({"missing", "the SWOT analysis has no " + listed(quadrants), where, Tone::Warning});
    for (const auto& goal : json::objects(json::array(component, "goals"))) {
        std::vector<std::string> lacks;
        if (json::flag(goal, "measure") == false) lacks.push_back("measure");
        if (json::flag(goal, "date") == false) lacks.push_back("date");
        if (lacks.empty()) continue;
        verdict.gaps.push_back({"incomplete", "goal " + quoted(json::stringOr(goal, "text", "?")) + " has no " + listed(lacks),
                                where, Tone::Warning, Urgency::Weak});
    }
}

void addComponents(const std::vector<json::ObjectPtr>& components, Verdict& verdict) {
    std::size_t required = 0;
    std::size_t requiredFound = 0;
    std::vector<std::string> optionalMissing;
    for (const auto& component : components) {
        const bool isRequired = json::flag(component, "required").value_or(true);
        const bool found = json::string(component, "file").has_value();
        const std::string name = quoted(json::stringOr(component, "name", json::stringOr(component, "id", "?")));
        required += isRequired ? 1 : 0;
        requiredFound += isRequired && found ? 1 : 0;
        if (!found && !isRequired) optionalMissing.push_back(name);
        if (!found && isRequired) verdict.gaps.push_back({"missing", "component " + name + ": no file looks like it", "", Tone::Warning});
        if (found) addComponentGaps(component, verdict);
    }
    VerdictLine line{"Components", count(double(requiredFound)) + " of " + count(double(required)) + " required components found",
                     requiredFound < required ? Tone::Warning : Tone::Good};
    if (!optionalMissing.empty()) line.text += "; optional " + listed(optionalMissing) + " not found";
    verdict.lines.push_back(line);
}

}  // namespace

void addStructure(const Report& report, Verdict& verdict) {
    const char* const id = "structure-sections";
    const auto metrics = pluginMetrics(report, id);
    if (metrics.isNull()) return verdict.lines.push_back({"Sections", whyNotChecked(report, id), Tone::Muted});
    const auto templateSections = json::number(metrics, "template_sections");
    const auto components = json::objects(json::array(metrics, "components"));
    if (!templateSections && components.empty()) {
        const bool noProfile = !report.profile || report.profile->id.empty();
        verdict.lines.push_back({"Sections", noProfile ? whyNotChecked(report, id) : "not checked: the profile has no template",
                                 Tone::Muted});
        return;
    }
    if (templateSections) addTemplate(metrics, *templateSections, verdict);
    if (!components.empty()) addComponents(components, verdict);
}

}  // namespace showcase::report::text
