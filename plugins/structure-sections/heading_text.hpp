// Heading text reduced to what matters for matching: numbering prefixes ("Task 2 -", "Section 4:",
// "1.2") removed, case folded and normalised with ICU, split into lightly stemmed content words,
// so that "Task 2 - Customer Insight" and "customer insight" compare equal.
#pragma once

#include "case_folding.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace showcase::structure {

/// Headings compare by their NFKC case fold, as the evidence check compares words.
using text::foldCase;

/// A heading's numbering, when it has one: "Task 2 -" is {keyword "task", number "2", depth 1},
/// "1.2" is {"", "1.2", depth 2}.
struct Numbering {
    std::string keyword;  ///< folded: task, section, part, question ... ; empty for bare numbers
    std::string number;   ///< as written: "2", "1.2", "iv", "A"
    int depth = 1;        ///< dots in a decimal number plus one
    bool marked = false;  ///< a keyword or a separator follows it ("1." yes, "12 weeks" no)
};

/// The numbering at the start of `text` and the text after it (separators trimmed).
struct SplitHeading {
    std::optional<Numbering> numbering;
    std::string title;
};
SplitHeading splitNumbering(std::string_view text);

/// The content words of a heading or phrase: numbering removed, folded, split at anything that
/// is not a letter or digit, small function words ("the", "of", "your") dropped, and light
/// suffixes ("-s", "-ing", "-ed") removed so that plurals and verb forms meet.
std::vector<std::string> contentWords(std::string_view text);

/// How alike two headings are, 0..1, as sets of content words (word order ignored). Two words
/// are the same when equal, or when both have five letters or more and one edit apart
/// ("organisation"/"organization"). The score is the mean of the share of each side's words found
/// in the other; when every word of `phrase` is in `heading` it is at least kContainedScore plus
/// the rest in proportion to the share of the heading the phrase covers, because a template's
/// phrases are written to be found inside longer headings.
double headingSimilarity(const std::vector<std::string>& heading, const std::vector<std::string>& phrase);

/// Whether two content words are the same for headingSimilarity: equal, or both of five letters or
/// more and one edit apart (a letter changed, added or taken away). Symmetric.
bool sameWord(std::string_view a, std::string_view b);

/// headingSimilarity from its counts: how many of the heading's words have the same word
/// (sameWord) in the phrase, and how many of the phrase's words have one in the heading. For
/// callers that compare many headings with the same phrases and count their own way.
double similarityFromCounts(std::size_t headingFound, std::size_t headingWords, std::size_t phraseFound, std::size_t phraseWords);

/// The floor for a phrase wholly inside a heading ("Legislation that affects us" holds
/// "legislation"): above the default threshold, below an exact match.
inline constexpr double kContainedScore = 0.8;

/// Whether the text starts with a date ("3 March 2026", "March 3, 2026", "03/03/2026",
/// "2026-03-03", optionally after a weekday), the mark of a journal entry.
bool startsWithDate(std::string_view text);
/// Whether the text holds a date anywhere (as above, or a month and year: "July 2027").
bool containsDate(std::string_view text);

}  // namespace showcase::structure
