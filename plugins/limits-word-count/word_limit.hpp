// Where a word limit is reached: the exact block and word, and the blocks past it marked
// kBeyondLimit in the model so that later checks know they will not be assessed.
#pragma once

#include <optional>
#include <string>

#include "counting_policy.hpp"
#include "showcase/plugin_api.hpp"
#include "word_tally.hpp"

namespace showcase::wordcount {

struct Cutoff {
    long long limit = 0;            ///< the last accepted word's number (max plus tolerance)
    Location location;              ///< the block holding that word
    std::size_t wordInBlock = 0;    ///< 1-based, among the block's counted words
    std::string word;               ///< the last accepted word itself
    std::string quote;              ///< a few words either side, "‖" after the last accepted one
};

/// Finds the `limit`-th counted word and marks every counted block after its block
/// kBeyondLimit; nothing when the count does not exceed `limit`.
std::optional<Cutoff> applyLimit(const BundleTally& tally, const CountingPolicy& policy, long long limit);

}  // namespace showcase::wordcount
