// Scores passages against each criterion and gives every criterion a status, its best passages
// and a reason.
#pragma once

#include <string>
#include <vector>

#include "criteria_model.hpp"
#include "passages.hpp"

namespace showcase::evidence {

/// The score a passage needs for each level, and how fast wording fills the score; options of
/// the check (README).
struct Thresholds {
    double evidenced = 0.65;
    double weak = 0.6;
    double wordingScale = 3.0;  ///< weighted phrase hits at which wording reaches about 63 %
    double topicShare = 0.3;    ///< the share of the wording part a topic model's probability takes, when there is one
};

/// A passage quoted for a criterion.
struct Evidence {
    const Passage* passage = nullptr;
    double score = 0;
    std::string via;  ///< tag, section or text
};

/// A passage that carries a criterion's code but does not speak to it.
struct WrongTag {
    const Passage* passage = nullptr;
    std::string code;
    double score = 0;
};

/// What the check concluded about one criterion.
struct CriterionResult {
    const CriterionSpec* spec = nullptr;
    std::string status;  ///< evidenced, weak, missing, beyond_limit, appendix_only
    double confidence = 0;
    std::string reason;
    std::vector<Evidence> evidence;   ///< best first, at most three
    std::vector<Evidence> nearest;    ///< missing only: the passages that came closest, best first, at most three
    std::vector<WrongTag> wrongTags;
    std::vector<const Passage*> mappingClaims;  ///< mapping-table cells that list it
};

std::vector<CriterionResult> assessCriteria(const ProfileModel& model, const std::vector<Passage>& passages,
                                            const Thresholds& thresholds);

/// The place of a passage in words, for reasons and reports ("paragraph 14 under 'Aims'").
std::string describePlace(const Passage& passage);

}  // namespace showcase::evidence
