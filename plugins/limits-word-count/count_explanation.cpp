#include "count_explanation.hpp"

#include <algorithm>

namespace showcase::wordcount {
namespace {

constexpr std::size_t kMaxQuotedBytes = 80;

const char* kindOf(std::size_t words, std::size_t icuWords) {
    if (icuWords == 0) return "symbols_only";
    if (words == 0) return "unicode_only";
    if (words == 1) return "split_by_unicode";
    if (icuWords == 1) return "joined_by_unicode";
    return "mixed";
}

// At most kMaxQuotedBytes of `text`, never cutting a UTF-8 sequence in two.
std::string shortened(std::string_view text) {
    if (text.size() <= kMaxQuotedBytes) return std::string(text);
    std::size_t cut = kMaxQuotedBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0U) == 0x80U) --cut;
    return std::string(text.substr(0, cut)) + "\u2026";
}

}  // namespace

std::vector<TokenDifference> differingTokens(std::string_view text, const text::WordRules& rules) {
    std::vector<text::Token> words;
    std::vector<text::Token> icu;
    text::forEachWordCompatibleToken(text, rules, [&words](text::Token token) { words.push_back(token); });
    text::forEachIcuToken(text, [&icu](text::Token token) { icu.push_back(token); });

    // Sweep both sorted lists by start; a token that starts before the cluster's end joins it.
    std::vector<TokenDifference> differences;
    std::size_t w = 0;
    std::size_t u = 0;
    while (w < words.size() || u < icu.size()) {
        TokenDifference cluster;
        const bool wordFirst = u == icu.size() || (w < words.size() && words[w].begin <= icu[u].begin);
        const text::Token& seed = wordFirst ? words[w] : icu[u];
        cluster.begin = seed.begin;
        cluster.end = seed.end;
        bool grew = true;
        while (grew) {
            grew = false;
            while (w < words.size() && words[w].begin < cluster.end) {
                cluster.end = std::max(cluster.end, words[w++].end);
                ++cluster.words;
                grew = true;
            }
            while (u < icu.size() && icu[u].begin < cluster.end) {
                cluster.end = std::max(cluster.end, icu[u++].end);
                ++cluster.icuWords;
                grew = true;
            }
        }
        if (cluster.words == 1 && cluster.icuWords == 1) continue;
        cluster.kind = kindOf(cluster.words, cluster.icuWords);
        differences.push_back(cluster);
    }
    return differences;
}

CountExplanation explainCounts(const BundleTally& tally, const CountingPolicy& policy) {
    CountExplanation explanation;
    explanation.listLimit = policy.explainLimit;
    for (const auto& counted : tally.counted) {
        const Block& block = counted.document->blocks[counted.block];
        const std::string text = countedText(block, policy);
        for (const auto& difference : differingTokens(text, policy.rules)) {
            KindTotal& total = explanation.byKind[difference.kind];
            ++total.occurrences;
            total.wordsMinusUnicode +=
                static_cast<long long>(difference.words) - static_cast<long long>(difference.icuWords);
            ++explanation.differences;
            if (explanation.listed.size() < policy.explainLimit) {
                explanation.listed.push_back(LocatedDifference{
                    counted.document->path, block.part, block.index,
                    shortened(std::string_view(text).substr(difference.begin, difference.end - difference.begin)),
                    difference});
            }
        }
    }
    return explanation;
}

}  // namespace showcase::wordcount
