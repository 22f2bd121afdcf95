// The check's results as metrics (criteria, outcome) and findings.
#pragma once

#include <string>
#include <vector>

#include "assessment.hpp"
#include "showcase/plugin_api.hpp"

namespace showcase::evidence {

inline constexpr const char* kPluginId = "evidence-ksb";

/// Up to `limit` characters of `text` (UTF-8) around the sentence that best shows `spec`, cut at
/// word boundaries, with "…" where text was left out.
std::string quoteFor(const std::string& text, std::size_t limit = 200);

/// Writes metrics["evidence-ksb"] (criteria and outcome, as README.md shows) and the findings.
void reportResults(Analysis& analysis, const ProfileModel& model, const std::vector<CriterionResult>& results);

}  // namespace showcase::evidence
