#include "word_limit.hpp"

#include <algorithm>
#include <vector>

#include "word_count.hpp"

namespace showcase::wordcount {
namespace {

constexpr std::size_t kQuoteWords = 6;  // words quoted on each side of the cutoff

// "… six words up to the last accepted ‖ and six after …", cut from the block's own text.
std::string quoteAround(const std::string& text, const std::vector<text::Token>& tokens, std::size_t last) {
    const std::size_t first = last + 1 > kQuoteWords ? last + 1 - kQuoteWords : 0;
    const std::size_t after = std::min(tokens.size(), last + 1 + kQuoteWords);
    std::string quote = first > 0 ? "\u2026" : "";
    quote += text.substr(tokens[first].begin, tokens[last].end - tokens[first].begin);
    quote += " \u2016";
    if (last + 1 < after) {
        quote += " ";
        quote += text.substr(tokens[last + 1].begin, tokens[after - 1].end - tokens[last + 1].begin);
    }
    if (after < tokens.size()) quote += "\u2026";
    return quote;
}

}  // namespace

std::optional<Cutoff> applyLimit(const BundleTally& tally, const CountingPolicy& policy, long long limit) {
    if (limit < 0 || tally.total.words <= static_cast<std::size_t>(limit)) return std::nullopt;
    std::size_t before = 0;
    std::size_t at = 0;
    while (at < tally.counted.size() && before + tally.counted[at].words < static_cast<std::size_t>(limit)) {
        before += tally.counted[at].words;
        ++at;
    }
    if (at == tally.counted.size()) return std::nullopt;  // only if the counted blocks disagree with the total
    const CountedBlock& holder = tally.counted[at];
    const Block& block = holder.document->blocks[holder.block];

    Cutoff cutoff;
    cutoff.limit = limit;
    cutoff.location = Location{holder.document->path, block.part, block.index, block.headingPath};
    cutoff.wordInBlock = static_cast<std::size_t>(limit) - before;
    const std::string text = countedText(block, policy);
    std::vector<text::Token> tokens;
    text::forEachWordCompatibleToken(text, policy.rules, [&tokens](text::Token token) { tokens.push_back(token); });
    if (cutoff.wordInBlock > 0 && cutoff.wordInBlock <= tokens.size()) {
        const std::size_t last = cutoff.wordInBlock - 1;
        cutoff.word = text.substr(tokens[last].begin, tokens[last].end - tokens[last].begin);
        cutoff.quote = quoteAround(text, tokens, last);
    }
    for (std::size_t later = at + 1; later < tally.counted.size(); ++later) {
        const CountedBlock& beyond = tally.counted[later];
        beyond.document->blocks[beyond.block].flags |= kBeyondLimit;
    }
    return cutoff;
}

}  // namespace showcase::wordcount
