// Why the Word-compatible and Unicode counts differ: the stretches of text where their tokens do
// not line up one to one, sorted into kinds, for `--explain-count`.
//
// Tokens of both counts are grouped into clusters of overlapping tokens; a cluster of one Word
// word and one Unicode word agrees. Every other cluster is a difference of one kind:
//   symbols_only       Word counts a token Unicode does not (a spaced "-", "&", "•", "…", emoji)
//   split_by_unicode   one Word word, several Unicode words (state-of-the-art, and/or, URLs)
//   joined_by_unicode  several Word words, one Unicode word (日本語, "10 kg" with U+202F)
//   unicode_only       a Unicode word where Word sees only separators
//   mixed              anything else
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "counting_policy.hpp"
#include "word_count.hpp"
#include "word_tally.hpp"

namespace showcase::wordcount {

struct TokenDifference {
    std::size_t begin = 0;  ///< byte offsets of the cluster in the text
    std::size_t end = 0;
    std::size_t words = 0;     ///< Word-compatible tokens in it
    std::size_t icuWords = 0;  ///< Unicode tokens in it
    const char* kind = "";
};

/// The clusters of `text` where the two counts disagree, in text order.
std::vector<TokenDifference> differingTokens(std::string_view text, const text::WordRules& rules);

/// One difference, located, for the metrics.
struct LocatedDifference {
    std::string file;
    Part part = Part::Body;
    int index = 0;
    std::string text;
    TokenDifference difference;
};

struct KindTotal {
    std::size_t occurrences = 0;
    long long wordsMinusUnicode = 0;
};

struct CountExplanation {
    std::map<std::string, KindTotal> byKind;
    std::size_t differences = 0;
    std::size_t listLimit = 0;              ///< policy.explainLimit
    std::vector<LocatedDifference> listed;  ///< the first listLimit differences
};

/// Every difference in the counted blocks of `tally`; the totals of all kinds add up to
/// words − icu_words of the tally.
CountExplanation explainCounts(const BundleTally& tally, const CountingPolicy& policy);

}  // namespace showcase::wordcount
