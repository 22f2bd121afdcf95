// What each component must hold inside: every worksheet question answered, the four SWOT
// quadrants, and SMART goals that carry a measure and a date.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "found_structure.hpp"
#include "section_template.hpp"
#include "showcase/document.hpp"

namespace showcase::structure {

struct QuestionAnswer {
    std::string label;
    const FoundHeading* heading = nullptr;  ///< null when the question is not in the file
    bool answered = false;                  ///< words under the question
};

/// Each of the component's questions found by its number ("3.", "Question 3") or, failing that,
/// by its wording, and whether words follow it.
std::vector<QuestionAnswer> findAnswers(const DocumentStructure& structure, const std::vector<WorksheetQuestion>& questions,
                                        double threshold);

/// The blocks of a section, [first, end) in Document::blocks.
struct BlockRange {
    std::size_t first = 0;
    std::size_t end = 0;
};

inline constexpr std::array<const char*, 4> kSwotQuadrants = {"strengths", "weaknesses", "opportunities", "threats"};

/// Per quadrant (in kSwotQuadrants order), the block that names it in `range`, or -1: a block whose
/// first content word is the quadrant ("Strengths", "My strengths:"), as a table cell or a line.
std::array<long, 4> findSwotQuadrants(const Document& document, BlockRange range);

struct Goal {
    std::size_t block = 0;
    std::string text;
    std::string term;  ///< "short", "medium", "long" as the goal says
    bool hasMeasure = false;
    bool hasDate = false;
};

/// The goal term `text` opens with, as written: one of `terms` (case ignored) after any spaces,
/// then "-term" or " term" ending a word ("Short-term goal", "LONG TERM: ..."); the first of
/// `terms` that fits. What was the pattern ^\s*(short|medium|long)[- ]term\b for those terms.
std::optional<std::string_view> goalTerm(std::string_view text, const std::vector<std::string>& terms);

/// Goals are blocks that start with a goal term ("Short term: ...", "Long-term goal"). In a table,
/// a goal's row is as wide as the header above the first goal, and its measure is the cell under a
/// "Measure" header; elsewhere a goal runs to the next one and has a measure when it holds a figure
/// or says how it is measured. A date is a day, month and year, or a month and year.
std::vector<Goal> findGoals(const Document& document, BlockRange range, const std::vector<std::string>& terms);

}  // namespace showcase::structure
