// What the text and HTML reports share, so that both write a count, a list, the order of the
// findings and a criterion's status the same way.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "showcase/plugin_api.hpp"

namespace showcase::report {

/// 4396 -> "4,396": numbers as an English reader expects them.
std::string thousands(long long number);
/// A count and its noun, plural when not one: "1 file", "3 files".
std::string plural(long long count, const std::string& noun);
/// "A, B and C": items as a sentence lists them.
std::string listed(const std::vector<std::string>& items);

/// Errors first, then warnings, then notes; within a severity, in the order they were found.
std::vector<const Finding*> sortedFindings(const std::vector<Finding>& findings);

/// One status of a criterion as the evidence-ksb plugin writes it, and the words each report
/// shows for it.
struct CriterionStatus {
    const char* id;           ///< evidenced, weak, missing, beyond_limit, appendix_only
    const char* label;        ///< HTML: the words on every cell, so colour is never the only signal
    const char* explanation;  ///< HTML: for the legend
    const char* words;        ///< text: the status in the criteria table and a gap without a reason
    const char* tag;          ///< text: the tag of its gap
};
/// The statuses evidence-ksb writes, in the order the HTML legend shows them.
inline constexpr std::array<CriterionStatus, 5> kCriterionStatuses = {{
    {"evidenced", "Evidenced", "a passage in the assessed showcase speaks to it", "evidence found", "evidenced"},
    {"weak", "Weak", "something speaks to it, but not enough", "weak evidence", "weak"},
    {"missing", "Missing", "nothing in the showcase or its appendices speaks to it", "no evidence found", "missing"},
    {"beyond_limit", "Beyond limit", "only past a word or slide limit, or on hidden slides", "evidence only past a limit",
     "past limit"},
    {"appendix_only", "Appendix only", "only in supporting evidence, not in the showcase itself",
     "evidence only in appendices", "appendix"},
}};
/// The entry of `id` in kCriterionStatuses, or null for a status this report does not know.
const CriterionStatus* findCriterionStatus(const std::string& id);

}  // namespace showcase::report
