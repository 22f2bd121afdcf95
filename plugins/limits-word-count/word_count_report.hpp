// What limits-word-count tells the user: its findings (the count, the limits, Word's saved
// figure) and its metrics object, from a finished tally.
#pragma once

#include <optional>
#include <string>

#include "count_explanation.hpp"
#include "counting_policy.hpp"
#include "showcase/plugin_api.hpp"
#include "word_limit.hpp"
#include "word_tally.hpp"

namespace showcase::wordcount {

inline constexpr const char* kCheckId = "limits-word-count";

/// 3412 → "3,412".
std::string withThousands(long long value);

/// Everything one run found, ready to report.
struct WordCountResult {
    const CountingPolicy* policy = nullptr;
    const BundleTally* tally = nullptr;
    std::optional<Cutoff> cutoff;
    std::optional<CountExplanation> explanation;
};

/// Reports the findings of `result` to `analysis`.
void reportFindings(const WordCountResult& result, Analysis& analysis);

/// Fills the plugin's metrics object.
void writeMetrics(const WordCountResult& result, Poco::JSON::Object& metrics);

}  // namespace showcase::wordcount
