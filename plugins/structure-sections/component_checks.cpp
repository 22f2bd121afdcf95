#include "component_checks.hpp"

#include <algorithm>
#include <cctype>
#include <regex>

#include "heading_text.hpp"

namespace showcase::structure {
namespace {

bool sameLabel(const std::string& number, const std::string& label) { return foldCase(number) == foldCase(label); }

std::regex goalPattern(const std::vector<std::string>& terms) {
    std::string alternatives;
    for (const auto& term : terms) alternatives += (alternatives.empty() ? "" : "|") + term;
    return std::regex("^\\s*(" + alternatives + ")[- ]term\\b", std::regex::icase | std::regex::ECMAScript);
}

bool mentionsMeasure(const std::string& text) {
    const std::string folded = foldCase(text);
    return folded.find("measur") != std::string::npos || folded.find("success criteri") != std::string::npos ||
           folded.find("how will i know") != std::string::npos;
}

bool holdsFigure(const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c) || c == '%'; });
}

// The table cells just before `block`, back to where the table starts: the header row.
std::vector<std::size_t> headerCells(const Document& document, std::size_t block, std::size_t rangeFirst) {
    std::vector<std::size_t> cells;
    for (std::size_t i = block; i > rangeFirst && document.blocks[i - 1].part == Part::Table; --i) cells.insert(cells.begin(), i - 1);
    return cells;
}

}  // namespace

std::vector<QuestionAnswer> findAnswers(const DocumentStructure& structure, const std::vector<WorksheetQuestion>& questions,
                                        double threshold) {
    std::vector<QuestionAnswer> answers;
    for (const auto& question : questions) {
        QuestionAnswer answer{question.label, nullptr, false};
        for (const auto& heading : structure.headings) {
            const SplitHeading split = splitNumbering(heading.text);
            if (split.numbering && sameLabel(split.numbering->number, question.label)) {
                answer.heading = &heading;
                break;
            }
        }
        if (!answer.heading && !question.text.empty()) {
            const std::vector<std::string> wanted = contentWords(question.text);
            for (const auto& heading : structure.headings) {
                if (headingSimilarity(contentWords(heading.text), wanted) >= threshold) {
                    answer.heading = &heading;
                    break;
                }
            }
        }
        answer.answered = answer.heading && answer.heading->words > 0;
        answers.push_back(answer);
    }
    return answers;
}

std::array<long, 4> findSwotQuadrants(const Document& document, BlockRange range) {
    std::array<long, 4> found{-1, -1, -1, -1};
    for (std::size_t q = 0; q < kSwotQuadrants.size(); ++q) {
        const std::string quadrant = contentWords(kSwotQuadrants[q]).front();
        for (std::size_t i = range.first; i < range.end && found[q] < 0; ++i) {
            if (!countsTowardsSection(document.blocks[i])) continue;
            // Content words are sorted, so the first word of the text is looked for on its own.
            const std::string& text = document.blocks[i].text;
            const std::size_t firstBreak = text.find_first_of(" :\t");
            const std::vector<std::string> opening = contentWords(text.substr(0, std::min(text.size(), firstBreak)));
            const std::vector<std::string> lead = opening.empty() ? contentWords(text.substr(0, 40)) : opening;
            if (!lead.empty() && std::find(lead.begin(), lead.end(), quadrant) != lead.end()) found[q] = static_cast<long>(i);
        }
    }
    return found;
}

std::vector<Goal> findGoals(const Document& document, BlockRange range, const std::vector<std::string>& terms) {
    std::vector<Goal> goals;
    if (terms.empty()) return goals;
    const std::regex pattern = goalPattern(terms);
    std::vector<std::size_t> starts;
    for (std::size_t i = range.first; i < range.end; ++i) {
        std::smatch match;
        const std::string& text = document.blocks[i].text;
        if (countsTowardsSection(document.blocks[i]) && std::regex_search(text, match, pattern)) {
            starts.push_back(i);
            goals.push_back({i, text, foldCase(match[1].str()), false, false});
        }
    }
    if (starts.empty()) return goals;
    const bool tabular = document.blocks[starts.front()].part == Part::Table;
    const std::vector<std::size_t> header = tabular ? headerCells(document, starts.front(), range.first) : std::vector<std::size_t>{};
    std::size_t measureColumn = header.size();
    for (std::size_t c = 0; c < header.size(); ++c) {
        if (mentionsMeasure(document.blocks[header[c]].text)) measureColumn = c;
    }
    for (std::size_t g = 0; g < goals.size(); ++g) {
        const std::size_t first = starts[g];
        std::size_t end = g + 1 < starts.size() ? starts[g + 1] : range.end;
        if (header.size() > 1) end = std::min(end, first + header.size());
        const Part part = document.blocks[first].part;
        for (std::size_t i = first; i < end; ++i) {
            const Block& block = document.blocks[i];
            if (block.part != part) break;  // the row or paragraph run has ended
            const bool measureCell = measureColumn < header.size() && i - first == measureColumn;
            if (measureCell && !block.text.empty()) goals[g].hasMeasure = true;
            if (measureColumn >= header.size() && (holdsFigure(block.text) || mentionsMeasure(block.text))) goals[g].hasMeasure = true;
            if (containsDate(block.text)) goals[g].hasDate = true;
        }
    }
    return goals;
}

}  // namespace showcase::structure
