#include "template_report.hpp"

#include <Poco/JSON/Array.h>

#include "report_support.hpp"
#include "template_matching.hpp"

namespace showcase::structure {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::string templatePlace(const TemplateSection& section, std::size_t count) {
    return "template section " + std::to_string(section.order) + " of " + std::to_string(count);
}

std::string rangeText(const WordRange& range) {
    if (range.min == range.max || range.approximate) {
        const std::string figure = range.min == range.max ? std::to_string(range.max)
                                                          : std::to_string(range.min) + "\u2013" + std::to_string(range.max);
        return "recommended about " + figure;
    }
    return "recommended " + std::to_string(range.min) + "\u2013" + std::to_string(range.max);
}

Object::Ptr sectionJson(const TemplateSection& section) {
    Object::Ptr object = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    object->set("id", section.id);
    object->set("order", section.order);
    object->set("title", section.title);
    return object;
}

Poco::Dynamic::Var rangeJson(const TemplateSection& section) {
    if (!section.words) return Poco::Dynamic::Var();
    Object::Ptr range = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    range->set("min", section.words->min);
    range->set("max", section.words->max);
    return range;
}

// A template of kind "modules" lists what to cover, not headings to use: a module without a
// heading of its own may well be covered under another, so its absence is only information.
void reportMissing(Analysis& analysis, const TemplateComparison& comparison, const std::vector<TemplateSection>& sections,
                   bool headingsExpected, const Location& where, Object::Ptr metrics) {
    Array::Ptr missing = new Array;
    for (const std::size_t s : comparison.missing) {
        const TemplateSection& section = sections[s];
        missing->add(sectionJson(section));
        const bool expected = section.required && section.content;
        std::string message = std::string(expected ? "missing section '" : "no optional section '") + section.title + "' (" +
                              templatePlace(section, sections.size()) + ")";
        if (expected && !headingsExpected) message = "no heading for module section '" + section.title + "' (" + templatePlace(section, sections.size()) + ")";
        reportFinding(analysis, expected && headingsExpected ? Severity::Warning : Severity::Info, message, where);
    }
    metrics->set("missing", missing);
}

void reportDuplicated(Analysis& analysis, const TemplateComparison& comparison, const std::vector<TemplateSection>& sections,
                      Object::Ptr metrics) {
    Array::Ptr duplicated = new Array;
    for (const std::size_t s : comparison.duplicated) {
        const auto& occurrences = comparison.occurrences[s];
        Object::Ptr entry = sectionJson(sections[s]);
        Array::Ptr places = new Array;
        for (const auto& occurrence : occurrences) places->add(headingJson(*occurrence.where.document, *occurrence.where.heading));
        entry->set("headings", places);
        duplicated->add(entry);
        const auto& second = occurrences[1].where;
        reportFinding(analysis, Severity::Info,
                      "section '" + sections[s].title + "' (" + templatePlace(sections[s], sections.size()) + ") appears " +
                          std::to_string(occurrences.size()) + " times; again as '" + second.heading->text + "'",
                      headingLocation(*second.document, *second.heading), static_cast<double>(occurrences.size()));
    }
    metrics->set("duplicated", duplicated);
}

void reportOutOfOrder(Analysis& analysis, const TemplateComparison& comparison, const std::vector<TemplateSection>& sections,
                      Object::Ptr metrics) {
    Array::Ptr outOfOrder = new Array;
    for (const std::size_t s : comparison.outOfOrder) {
        const auto& first = comparison.occurrences[s].front().where;
        // The matched section just before it in the document, to say what it follows.
        const TemplateSection* before = nullptr;
        for (const auto& heading : comparison.headings) {
            if (heading.where.heading == first.heading) break;
            if (heading.match && !heading.insideSameSection && !heading.continuesPrevious) before = &sections[heading.match->section];
        }
        Object::Ptr entry = sectionJson(sections[s]);
        entry->set("file", first.document->path);
        entry->set("index", first.heading->index);
        outOfOrder->add(entry);
        std::string message = "section '" + sections[s].title + "' is out of order: " + templatePlace(sections[s], sections.size());
        if (before) message += ", found after template section " + std::to_string(before->order) + " '" + before->title + "'";
        reportFinding(analysis, Severity::Info, message, headingLocation(*first.document, *first.heading));
    }
    metrics->set("out_of_order", outOfOrder);
}

void reportWords(Analysis& analysis, const TemplateComparison& comparison, const std::vector<TemplateSection>& sections) {
    for (std::size_t s = 0; s < sections.size(); ++s) {
        if (!sections[s].words || comparison.occurrences[s].empty()) continue;
        const WordRange& range = *sections[s].words;
        const std::size_t words = comparison.words[s];
        const std::optional<Severity> severity = wordsSeverity(words, range);
        if (!severity) continue;
        const auto& first = comparison.occurrences[s].front().where;
        reportFinding(analysis, *severity,
                      "section '" + sections[s].title + "' has " + std::to_string(words) + " words (" + rangeText(range) + ")",
                      headingLocation(*first.document, *first.heading), static_cast<double>(words),
                      static_cast<double>(static_cast<int>(words) < range.min ? range.min : range.max));
    }
}

Array::Ptr foundJson(const TemplateComparison& comparison, const std::vector<TemplateSection>& sections) {
    Array::Ptr found = new Array;
    for (const auto& heading : comparison.headings) {
        Object::Ptr entry = headingJson(*heading.where.document, *heading.where.heading);
        if (heading.match) {
            const TemplateSection& section = sections[heading.match->section];
            entry->set("section", section.id);
            entry->set("template_order", section.order);
            entry->set("title", section.title);
            entry->set("score", hundredths(heading.match->score));
            entry->set("part_of_previous", heading.insideSameSection || heading.continuesPrevious);
            entry->set("section_words", static_cast<unsigned long long>(comparison.words[heading.match->section]));
            entry->set("range", rangeJson(section));
        } else {
            entry->set("section", Poco::Dynamic::Var());
        }
        found->add(entry);
    }
    return found;
}

}  // namespace

std::optional<Severity> wordsSeverity(std::size_t words, const WordRange& range) {
    const double count = static_cast<double>(words);
    const double slack = range.approximate ? kApproximateSlack : 0;
    if (count >= range.min * (1 - slack) && count <= range.max * (1 + slack)) return std::nullopt;
    if (count < range.min / 2.0 || count > range.max * 1.5) return Severity::Warning;
    return Severity::Info;
}

void reportTemplate(Analysis& analysis, const std::vector<const Document*>& documents,
                    const std::vector<DocumentStructure>& structures, const std::vector<TemplateSection>& sections,
                    const std::string& templateKind, double threshold, Poco::JSON::Object::Ptr metrics) {
    const TemplateComparison comparison = compareWithTemplate(headingsOf(documents, structures), sections, threshold);
    const Location where = documents.empty() ? Location{} : fileLocation(*documents.front());
    metrics->set("sections", foundJson(comparison, sections));
    metrics->set("template_sections", static_cast<int>(sections.size()));
    metrics->set("matched_sections", static_cast<int>(sections.size() - comparison.missing.size()));
    reportMissing(analysis, comparison, sections, templateKind != "modules", where, metrics);
    reportDuplicated(analysis, comparison, sections, metrics);
    reportOutOfOrder(analysis, comparison, sections, metrics);
    reportWords(analysis, comparison, sections);
}

}  // namespace showcase::structure
