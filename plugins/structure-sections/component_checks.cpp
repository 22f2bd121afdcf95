#include "component_checks.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "heading_text.hpp"
#include "text_scan.hpp"

namespace showcase::structure {
namespace {

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

std::optional<std::string_view> goalTerm(std::string_view text, const std::vector<std::string>& terms) {
    for (const auto& term : terms) {
        scan::Cursor cursor(text);
        cursor.skipSpaces();
        const std::size_t start = cursor.position();
        if (!cursor.take(term)) continue;
        const std::string_view written = cursor.since(start);
        if ((cursor.take('-') || cursor.take(' ')) && cursor.take("term") && cursor.atWordBoundary()) return written;
    }
    return std::nullopt;
}

std::vector<QuestionAnswer> findAnswers(const DocumentStructure& structure, const std::vector<WorksheetQuestion>& questions,
                                        double threshold) {
    // What each heading is numbered with, folded, and lazily its content words: worked out once, not
    // once per question.
    std::vector<std::optional<std::string>> foldedNumbers;
    foldedNumbers.reserve(structure.headings.size());
    for (const auto& heading : structure.headings) {
        const SplitHeading split = splitNumbering(heading.text);
        foldedNumbers.push_back(split.numbering ? std::optional<std::string>(foldCase(split.numbering->number)) : std::nullopt);
    }
    std::vector<std::optional<std::vector<std::string>>> headingWords(structure.headings.size());
    std::vector<QuestionAnswer> answers;
    for (const auto& question : questions) {
        QuestionAnswer answer{question.label, nullptr, false};
        const std::string label = foldCase(question.label);
        for (std::size_t h = 0; h < structure.headings.size(); ++h) {
            if (foldedNumbers[h] && *foldedNumbers[h] == label) {
                answer.heading = &structure.headings[h];
                break;
            }
        }
        if (!answer.heading && !question.text.empty()) {
            const std::vector<std::string> wanted = contentWords(question.text);
            for (std::size_t h = 0; h < structure.headings.size(); ++h) {
                if (!headingWords[h]) headingWords[h] = contentWords(structure.headings[h].text);
                if (headingSimilarity(*headingWords[h], wanted) >= threshold) {
                    answer.heading = &structure.headings[h];
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
    std::array<std::string, 4> quadrants;
    for (std::size_t q = 0; q < kSwotQuadrants.size(); ++q) quadrants[q] = contentWords(kSwotQuadrants[q]).front();
    // One pass over the blocks: each quadrant takes the first block that names it.
    std::size_t left = quadrants.size();
    for (std::size_t i = range.first; i < range.end && left > 0; ++i) {
        if (!countsTowardsSection(document.blocks[i])) continue;
        // Content words are sorted, so the first word of the text is looked for on its own.
        const std::string& text = document.blocks[i].text;
        const std::size_t firstBreak = text.find_first_of(" :\t");
        const std::vector<std::string> opening = contentWords(text.substr(0, std::min(text.size(), firstBreak)));
        const std::vector<std::string> lead = opening.empty() ? contentWords(text.substr(0, 40)) : opening;
        for (std::size_t q = 0; q < quadrants.size(); ++q) {
            if (found[q] < 0 && std::find(lead.begin(), lead.end(), quadrants[q]) != lead.end()) {
                found[q] = static_cast<long>(i);
                --left;
            }
        }
    }
    return found;
}

std::vector<Goal> findGoals(const Document& document, BlockRange range, const std::vector<std::string>& terms) {
    std::vector<Goal> goals;
    if (terms.empty()) return goals;
    std::vector<std::size_t> starts;
    for (std::size_t i = range.first; i < range.end; ++i) {
        const std::string& text = document.blocks[i].text;
        if (!countsTowardsSection(document.blocks[i])) continue;
        if (const std::optional<std::string_view> term = goalTerm(text, terms)) {
            starts.push_back(i);
            goals.push_back({i, text, foldCase(*term), false, false});
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
