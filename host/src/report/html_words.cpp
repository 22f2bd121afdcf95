// Word counts as bars: each template section against its recommended range, all on one scale so
// they compare at a glance, and the whole report against the limit with the cut-off marked.
#include <algorithm>
#include <cstdio>

#include "html_escape.hpp"
#include "html_sections.hpp"

namespace showcase::report::html {
namespace {

// SVG user units; each SVG scales to its width, so the height follows the ratio: section bars sit
// in a table cell, the total spans the page and is drawn wider to stay about as tall.
constexpr double kBarWidth = 300;
constexpr double kTotalBarWidth = 900;

std::string unit(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

std::string rect(const char* cssClass, double x, double y, double width, double height) {
    return std::string("<rect class=\"") + cssClass + "\" x=\"" + unit(x) + "\" y=\"" + unit(y) + "\" width=\"" +
           unit(std::max(0.0, width)) + "\" height=\"" + unit(height) + "\"/>";
}

std::string line(const char* cssClass, double x) {
    return std::string("<line class=\"") + cssClass + "\" x1=\"" + unit(x) + "\" x2=\"" + unit(x) + "\" y1=\"0\" y2=\"20\"/>";
}

// One row of the section table: a template section (or a heading when there is no template).
struct SectionRow {
    std::string title;
    std::string file;
    double words = 0;
    std::optional<double> min;
    std::optional<double> max;
    std::string note;  ///< where the cut-off falls, or why the words do not count
};

std::vector<SectionRow> templateRows(const MetricNode& sections) {
    std::vector<SectionRow> rows;
    for (const auto& section : sections["sections"].items()) {
        if (section["section"].text().empty() || section["part_of_previous"].flag()) continue;
        SectionRow row{section["title"].text(section["heading"].text()), section["file"].text(),
                       section["section_words"].number().value_or(section["words"].number().value_or(0)),
                       section["range"]["min"].number(), section["range"]["max"].number(), ""};
        if (row.min && !row.max) row.max = row.min;
        if (row.max && !row.min) row.min = row.max;
        rows.push_back(row);
    }
    return rows;
}

// Without a template: the word count's own top-level sections, without ranges.
std::vector<SectionRow> countedRows(const MetricNode& wordCount) {
    std::vector<SectionRow> rows;
    for (const auto& section : wordCount["by_section"].items()) {
        rows.push_back({section["heading"].text(), section["file"].text(), section["words"].number().value_or(0), {}, {}, ""});
    }
    return rows;
}

// Marks the section where the limit is reached and those after it in the same file, and the
// sections the count leaves out (back matter), so that no bar suggests those words are assessed.
void markRows(std::vector<SectionRow>& rows, const MetricNode& wordCount) {
    for (auto& row : rows) {
        for (const auto& range : wordCount["excluded"].items()) {
            if (range["file"].text() == row.file && range["heading"].text() == row.title) row.note = "not counted: " + range["reason"].text();
        }
    }
    const MetricNode cutoff = wordCount["cutoff"];
    if (cutoff.empty()) return;
    std::optional<std::size_t> reached;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].file != cutoff["file"].text()) continue;
        for (const auto& heading : cutoff["heading_path"].items()) {
            if (heading.text() == rows[i].title) reached = i;
        }
    }
    if (!reached) return;
    rows[*reached].note = "word limit reached here";
    for (std::size_t i = *reached + 1; i < rows.size(); ++i) {
        if (rows[i].file == rows[*reached].file && rows[i].note.empty()) rows[i].note = "past the word limit";
    }
}

std::string rangeText(const SectionRow& row) {
    if (!row.min) return "<span class=\"muted\">none given</span>";
    if (*row.min == *row.max) return "about " + thousands(*row.min);
    return thousands(*row.min) + "\xE2\x80\x93" + thousands(*row.max);  // en dash
}

std::string againstRange(const SectionRow& row) {
    if (!row.min) return "";
    if (row.words < *row.min) return thousands(*row.min - row.words) + " under";
    if (row.words > *row.max) return thousands(row.words - *row.max) + " over";
    return *row.min == *row.max ? "exactly" : "within";
}

std::string sectionTable(const std::vector<SectionRow>& rows, bool fromTemplate) {
    double scale = 1;
    bool anyRange = false;
    for (const auto& row : rows) {
        scale = std::max({scale, row.words, row.max.value_or(0)});
        anyRange |= row.min.has_value();
    }
    const double perWord = kBarWidth / (scale * 1.1);
    std::string caption = fromTemplate ? "Words in each section of the EPAO's template" : "Words under each top-level heading of the report";
    caption += anyRange ? " against its recommended range" : " (the profile recommends no lengths)";
    std::string out = "<table class=\"word-sections" + std::string(anyRange ? "" : " no-ranges") + "\">\n<caption>" + caption +
                      "; all bars share one scale.</caption>\n<thead><tr><th scope=\"col\">Section</th><th scope=\"col\" class=\"number\">Words</th>";
    if (anyRange) out += "<th scope=\"col\">Recommended</th><th scope=\"col\">Difference</th>";
    out += "<th scope=\"col\" class=\"bar-cell\"><span class=\"visually-hidden\">Bar</span></th></tr></thead>\n<tbody>\n";
    for (const auto& row : rows) {
        std::string bar = "<svg class=\"bar\" viewBox=\"0 0 300 20\" aria-hidden=\"true\" focusable=\"false\">" +
                          rect("track", 0, 6, kBarWidth, 8);
        // The range's band under the bar and its outline over it, so both stay visible where they meet.
        std::string outline;
        if (row.min) {
            const double width = std::max(3.0, (*row.max - *row.min) * perWord);
            const double middle = (*row.min + *row.max) / 2 * perWord;
            bar += rect("range", middle - width / 2, 2, width, 16);
            outline = rect("range-edge", middle - width / 2, 2, width, 16);
        }
        bar += rect("fill", 0, 6, row.words * perWord, 8) + outline + "</svg>";
        const std::string flag = row.note.empty() ? "" : "<span class=\"flag flag-over\">" + escape(row.note) + "</span>";
        out += "<tr><th scope=\"row\">" + escape(row.title) + flag + "</th><td class=\"number\">" + thousands(row.words) + "</td>";
        if (anyRange) out += "<td>" + rangeText(row) + "</td><td>" + againstRange(row) + "</td>";
        out += "<td class=\"bar-cell\">" + bar + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n<ul class=\"bar-legend\" aria-hidden=\"true\"><li><span class=\"key key-fill\"></span>words</li>";
    if (anyRange) out += "<li><span class=\"key key-range\"></span>recommended range</li>";
    return out + "</ul>\n";
}

// The word limit as limits-word-count writes it, read once for the sentence and the bar.
struct WordLimit {
    bool given = false;  ///< the metrics have a limit, even one with neither bound
    std::optional<double> max;
    std::optional<double> min;
    double accepted = 0;  ///< the most words assessed: max with its tolerance, else max, else 0
};

WordLimit wordLimitOf(const MetricNode& limit) {
    WordLimit read;
    read.given = !limit.empty();
    read.max = limit["max"].number();
    read.min = limit["min"].number();
    read.accepted = limit["accepted_max"].number().value_or(read.max.value_or(0));
    return read;
}

// The whole count against the limit: counted words, the part past what is accepted hatched, the
// limit (and the tolerance) as lines.
std::string totalBar(double words, const WordLimit& limit) {
    const auto& max = limit.max;
    const auto& min = limit.min;
    const double accepted = limit.accepted;
    const double perWord = kTotalBarWidth / (std::max({1.0, words, accepted, max.value_or(0), min.value_or(0)}) * 1.1);
    std::string bar = "<svg class=\"bar total-bar\" viewBox=\"0 0 900 20\" aria-hidden=\"true\" focusable=\"false\">" +
                      rect("track", 0, 5, kTotalBarWidth, 10);
    const double assessed = max ? std::min(words, accepted) : words;
    bar += rect("fill", 0, 5, assessed * perWord, 10);
    if (max && words > accepted) bar += rect("over", assessed * perWord, 5, (words - accepted) * perWord, 10);
    if (min) bar += line("minimum", *min * perWord);
    if (max) bar += line("limit", *max * perWord);
    const bool tolerance = max && accepted > *max;
    if (tolerance) bar += line("accepted", accepted * perWord);
    bar += "</svg>\n<ul class=\"bar-legend\" aria-hidden=\"true\"><li><span class=\"key key-fill\"></span>counted words</li>";
    if (max && words > accepted) bar += "<li><span class=\"key key-over\"></span>past the limit</li>";
    if (max) bar += "<li><span class=\"key key-limit\"></span>limit</li>";
    if (tolerance) bar += "<li><span class=\"key key-line key-accepted\"></span>limit with its tolerance</li>";
    if (min) bar += "<li><span class=\"key key-line key-minimum\"></span>minimum</li>";
    return bar + "</ul>\n";
}

std::string limitSentence(double words, const WordLimit& limit) {
    if (!limit.given) return "The profile sets no word limit.";
    const auto& max = limit.max;
    const auto& min = limit.min;
    const double accepted = limit.accepted;
    std::string text;
    if (max) {
        text = "Limit " + thousands(*max);
        if (accepted > *max) text += " (accepted up to " + thousands(accepted) + ")";
        text += words > accepted ? ": " + thousands(words - accepted) + " words over." : ": within it.";
    }
    if (min) text += (text.empty() ? "" : " ") + std::string("Minimum ") + thousands(*min) + (words < *min ? ": below it." : ".");
    return text;
}

std::string cutoffParagraph(const MetricNode& cutoff) {
    if (cutoff.empty()) return "";
    return "<p class=\"cutoff\"><strong>The limit is reached at word " + thousands(cutoff["word_number"].number().value_or(0)) +
           "</strong>, in " + escape(describeWhere(cutoff)) + ": <q>" + escape(cutoff["quote"].text()) +
           "</q> (\xE2\x80\x96 marks the last counted word). The words after it will not be assessed.</p>\n";
}

}  // namespace

std::string wordCountPart(const MetricNode& metrics) {
    std::string out = "<section id=\"words\" aria-labelledby=\"words-title\">\n<h2 id=\"words-title\">Word counts</h2>\n";
    const MetricNode wordCount = metrics["limits-word-count"];
    const MetricNode sections = metrics["structure-sections"];
    if (wordCount.empty()) {
        out += "<p class=\"note\">No word count: the limits-word-count check did not run.</p>\n";
    } else if (wordCount["by_file"].items().empty()) {
        out += "<p>No file has the role report, so no words were counted against a limit.</p>\n";
    } else {
        const double words = wordCount["words"].number().value_or(0);
        const WordLimit limit = wordLimitOf(wordCount["limit"]);
        out += "<p><strong>" + thousands(words) + " words</strong> counted as Microsoft Word counts them (Unicode count " +
               thousands(wordCount["icu_words"].number().value_or(0)) + "). " + limitSentence(words, limit) + "</p>\n";
        if (limit.given) out += totalBar(words, limit);
        out += cutoffParagraph(wordCount["cutoff"]);
    }
    std::vector<SectionRow> rows = templateRows(sections);
    const bool fromTemplate = !rows.empty();
    if (!fromTemplate) rows = countedRows(wordCount);
    markRows(rows, wordCount);
    out += "<h3>Words per section</h3>\n";
    if (!rows.empty()) {
        out += sectionTable(rows, fromTemplate);
    } else if (sections.empty()) {
        out += "<p class=\"note\">No sections: the structure-sections check did not run.</p>\n";
    } else {
        out += "<p>No section of the EPAO's template was found with words to count.</p>\n";
    }
    return out + "</section>\n";
}

}  // namespace showcase::report::html
