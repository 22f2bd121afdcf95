#include "component_report.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>

#include "component_checks.hpp"
#include "component_matching.hpp"
#include "heading_text.hpp"
#include "report_support.hpp"
#include "template_matching.hpp"

namespace showcase::structure {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

void checkQuestions(Analysis& analysis, const Document& document, const DocumentStructure& structure,
                    const Component& component, double threshold, Object::Ptr entry) {
    const std::vector<QuestionAnswer> answers = findAnswers(structure, component.questions, threshold);
    Array::Ptr missing = new Array;
    Array::Ptr unanswered = new Array;
    int answered = 0;
    for (const auto& answer : answers) {
        if (!answer.heading) {
            missing->add(answer.label);
            reportFinding(analysis, Severity::Warning, "question " + answer.label + " of the " + component.name + " is not in the file",
                          fileLocation(document));
        } else if (!answer.answered) {
            unanswered->add(answer.label);
            reportFinding(analysis, Severity::Warning, "question " + answer.label + " of the " + component.name + " has no answer",
                          headingLocation(document, *answer.heading));
        } else {
            ++answered;
        }
    }
    Object::Ptr questions = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    questions->set("expected", static_cast<int>(answers.size()));
    questions->set("answered", answered);
    questions->set("missing", missing);
    questions->set("unanswered", unanswered);
    entry->set("questions", questions);
}

BlockRange sectionRange(const Document& document, const TemplateComparison& comparison, std::size_t section) {
    const auto& occurrences = comparison.occurrences[section];
    if (occurrences.empty()) return {0, document.blocks.size()};
    // The heading most like the section holds it; a looser one may be a passing mention.
    const auto best = std::max_element(occurrences.begin(), occurrences.end(),
                                       [](const SectionOccurrence& a, const SectionOccurrence& b) { return a.score < b.score; });
    return {best->where.heading->block + 1, best->where.heading->end};
}

void checkSwot(Analysis& analysis, const Document& document, BlockRange range, Object::Ptr entry) {
    const std::array<long, 4> quadrants = findSwotQuadrants(document, range);
    Object::Ptr swot = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (std::size_t q = 0; q < kSwotQuadrants.size(); ++q) {
        swot->set(kSwotQuadrants[q], quadrants[q] >= 0);
        if (quadrants[q] < 0) {
            reportFinding(analysis, Severity::Warning, std::string("the SWOT analysis has no ") + kSwotQuadrants[q], fileLocation(document));
        }
    }
    entry->set("swot", swot);
}

void checkGoals(Analysis& analysis, const Document& document, BlockRange range, const TemplateSection& section,
                Object::Ptr entry) {
    const std::vector<Goal> goals = findGoals(document, range, section.goalTerms);
    Array::Ptr list = new Array;
    for (const auto& goal : goals) {
        Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        item->set("text", goal.text);
        item->set("term", goal.term);
        item->set("measure", goal.hasMeasure);
        item->set("date", goal.hasDate);
        list->add(item);
        const Block& block = document.blocks[goal.block];
        const Location where{document.path, block.part, block.index, block.headingPath};
        if (!goal.hasMeasure) reportFinding(analysis, Severity::Warning, "goal '" + goal.text + "' has no measure", where);
        if (!goal.hasDate) reportFinding(analysis, Severity::Warning, "goal '" + goal.text + "' has no date", where);
    }
    for (const auto& term : section.goalTerms) {
        const bool present = std::any_of(goals.begin(), goals.end(), [&](const Goal& goal) { return goal.term == term; });
        if (!present) reportFinding(analysis, Severity::Warning, "the development plan has no " + term + "-term goal", fileLocation(document));
    }
    entry->set("goals", list);
}

void checkSections(Analysis& analysis, const Document& document, const DocumentStructure& structure,
                   const Component& component, double threshold, Object::Ptr entry) {
    const std::vector<const Document*> documents{&document};
    // The document's title names the component ("Personal development plan"), not one of its
    // sections, however like a section it reads.
    DocumentStructure sectionsOnly = structure;
    if (!sectionsOnly.headings.empty() &&
        headingSimilarity(contentWords(sectionsOnly.headings.front().text), contentWords(component.name)) >= threshold) {
        sectionsOnly.headings.erase(sectionsOnly.headings.begin());
    }
    const std::vector<DocumentStructure> structures{sectionsOnly};  // outlives the comparison, which points into it
    const TemplateComparison comparison = compareWithTemplate(headingsOf(documents, structures), component.sections, threshold);
    Array::Ptr sections = new Array;
    for (std::size_t s = 0; s < component.sections.size(); ++s) {
        const TemplateSection& section = component.sections[s];
        Object::Ptr item = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        item->set("id", section.id);
        item->set("title", section.title);
        const bool found = !comparison.occurrences[s].empty();
        item->set("found", found);
        if (found) item->set("heading", comparison.occurrences[s].front().where.heading->text);
        sections->add(item);
        if (!found && section.required) {
            reportFinding(analysis, Severity::Warning,
                          "missing section '" + section.title + "' in the " + component.name + " (component section " +
                              std::to_string(section.order) + " of " + std::to_string(component.sections.size()) + ")",
                          fileLocation(document));
        }
        if (isSwotSection(section)) checkSwot(analysis, document, sectionRange(document, comparison, s), entry);
        if (isGoalSection(section)) checkGoals(analysis, document, sectionRange(document, comparison, s), section, entry);
    }
    entry->set("sections", sections);
}

}  // namespace

void reportComponents(Analysis& analysis, const std::vector<DocumentStructure>& structures,
                      const std::vector<Component>& components, double threshold, Poco::JSON::Object::Ptr metrics) {
    const std::vector<Document>& documents = analysis.bundle().documents;
    const auto matched = matchComponents(documents, structures, components, threshold);
    Array::Ptr list = new Array;
    for (std::size_t c = 0; c < components.size(); ++c) {
        const Component& component = components[c];
        Object::Ptr entry = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
        entry->set("id", component.id);
        entry->set("name", component.name);
        entry->set("required", component.required);
        if (!matched[c]) {
            entry->set("file", Poco::Dynamic::Var());
            list->add(entry);
            if (component.required) {
                reportFinding(analysis, Severity::Warning, "missing component '" + component.name + "': no file looks like it",
                              std::nullopt);
            }
            continue;
        }
        const Document& document = documents[matched[c]->document];
        const DocumentStructure& structure = structures[matched[c]->document];
        entry->set("file", document.path);
        entry->set("score", hundredths(matched[c]->score));
        entry->set("headings", static_cast<int>(structure.headings.size()));
        if (!component.questions.empty()) checkQuestions(analysis, document, structure, component, threshold, entry);
        if (!component.sections.empty()) checkSections(analysis, document, structure, component, threshold, entry);
        list->add(entry);
    }
    metrics->set("components", list);
}

}  // namespace showcase::structure
