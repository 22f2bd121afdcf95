#include "assessment.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>

namespace showcase::evidence {
namespace {

// How the score of a passage is made up. The wording carries most of it; the needs decide
// between weak and evidenced; a section or a code the profile assigns only tips a close call.
constexpr double kWordingShare = 0.5;
constexpr double kNeedsShare = 0.3;
constexpr double kSectionShare = 0.12;
constexpr double kTagShare = 0.08;
constexpr std::size_t kQuotedPassages = 3;
// A missing criterion quotes the passages that score at least this share of weak_score.
constexpr double kNearestShareOfWeak = 0.5;
// With a topic model, a passage holding none of a criterion's phrases is still scored when the
// model gives it at least this probability of being about the criterion.
constexpr double kTopicAlone = 0.2;

std::uint64_t maskOf(std::size_t needs) { return needs >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << needs) - 1; }

struct Scored {
    const Passage* passage = nullptr;
    double score = 0;
    double wording = 0;
    std::uint64_t needsMet = 0;  ///< bit i: the criterion's need i is met (criteria_model caps needs at 64)
    std::uint64_t allNeedsMask = 0;
    const std::string* tag = nullptr;  ///< the criterion's code the passage carries, if any
    bool inSection = false;

    bool tagged() const { return tag != nullptr; }
    bool allNeeds() const { return needsMet == allNeedsMask; }
};

// The criterion's code that the passage carries, if any. Of several (K2.1 and M02-K1), the last in
// order: the one that findings of wrong tags name.
const std::string* tagFor(const CriterionSpec& spec, const Passage& passage) {
    for (auto tag = passage.tags.rbegin(); tag != passage.tags.rend(); ++tag) {
        if (spec.tagCodes.count(*tag) != 0) return &*tag;
    }
    return nullptr;
}

// The weighted wording hits of every criterion in every passage, criterion by criterion. A passage
// holds a few dozen of the book's phrases, so the sums run over those rather than over every
// phrase of every criterion; phrases are visited in id order, as each query lists them.
std::vector<double> wordingHits(const ProfileModel& model, const std::vector<Passage>& passages) {
    std::vector<std::vector<std::pair<std::size_t, double>>> criteriaOf(model.book.phrases.size());
    for (std::size_t c = 0; c < model.criteria.size(); ++c) {
        for (const auto& weighted : model.criteria[c].query) criteriaOf[static_cast<std::size_t>(weighted.phrase)].emplace_back(c, weighted.weight);
    }
    std::vector<double> hits(model.criteria.size() * passages.size(), 0.0);
    for (std::size_t p = 0; p < passages.size(); ++p) {
        const auto& marks = passages[p].phrases;
        for (std::size_t phrase = 0; phrase < marks.size(); ++phrase) {
            if (!marks[phrase]) continue;
            for (const auto& [c, weight] : criteriaOf[phrase]) hits[c * passages.size() + p] += weight;
        }
    }
    return hits;
}

// The topic models' sums of every criterion in every passage, laid out as wordingHits.
std::vector<double> topicSums(const ProfileModel& model, const std::vector<Passage>& passages) {
    std::vector<std::vector<std::pair<std::size_t, double>>> criteriaOf(model.topicFeatureIds.size());
    for (std::size_t c = 0; c < model.criteria.size(); ++c) {
        for (const auto& [feature, weight] : model.criteria[c].topicWeights) criteriaOf[static_cast<std::size_t>(feature)].emplace_back(c, weight);
    }
    std::vector<double> sums(model.criteria.size() * passages.size(), 0.0);
    for (std::size_t c = 0; c < model.criteria.size(); ++c) {
        std::fill_n(sums.begin() + static_cast<std::ptrdiff_t>(c * passages.size()), passages.size(), model.criteria[c].topicBias);
    }
    for (std::size_t p = 0; p < passages.size(); ++p) {
        for (int feature : passages[p].topicFeatures) {
            for (const auto& [c, weight] : criteriaOf[static_cast<std::size_t>(feature)]) sums[c * passages.size() + p] += weight;
        }
    }
    return sums;
}

Scored scorePassage(const CriterionSpec& spec, const Passage& passage, double hits, double topicSum, const Thresholds& thresholds) {
    Scored scored;
    scored.passage = &passage;
    scored.wording = 1.0 - std::exp(-hits / thresholds.wordingScale);
    bool speaks = hits > 0;
    if (spec.hasTopicModel) {
        const double about = topicProbability(topicSum);
        scored.wording = (1.0 - thresholds.topicShare) * scored.wording + thresholds.topicShare * about;
        speaks = speaks || about >= kTopicAlone;
    }
    scored.tag = tagFor(spec, passage);
    scored.allNeedsMask = maskOf(spec.needs.size());
    if (!speaks) return scored;  // scores 0 whatever else it has
    std::size_t met = 0;
    for (std::size_t i = 0; i < spec.needs.size(); ++i) {
        const auto& phrases = spec.needs[i].phrases;
        const bool found = std::any_of(phrases.begin(), phrases.end(), [&](int phrase) { return passage.context[static_cast<std::size_t>(phrase)] != 0; });
        if (found) scored.needsMet |= std::uint64_t{1} << i;
        met += found ? 1 : 0;
    }
    const double needs = spec.needs.empty() ? 1.0 : static_cast<double>(met) / static_cast<double>(spec.needs.size());
    scored.inSection = spec.sections.count(passage.section) != 0;
    const double section = scored.inSection ? 1.0 : (passage.modules.count(spec.module) != 0 ? 0.5 : 0.0);
    scored.score = kWordingShare * scored.wording + kNeedsShare * needs + kSectionShare * section + kTagShare * (scored.tagged() ? 1.0 : 0.0);
    return scored;
}

std::string quoted(const std::string& text) { return "'" + text + "'"; }

// Rounded down, so that a score just under a threshold never reads as reaching it.
std::string twoDecimalsDown(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", std::floor(value * 100 + 1e-9) / 100);
    return text;
}

std::string joinLabels(const CriterionSpec& spec, std::uint64_t met, bool wanted) {
    std::string out;
    for (std::size_t i = 0; i < spec.needs.size(); ++i) {
        if (((met >> i) & 1U) != (wanted ? 1U : 0U)) continue;
        if (!out.empty()) out += "; ";
        out += spec.needs[i].label;
    }
    return out;
}

/// The best passages of one kind of place: strong ones first, then by score.
struct Level {
    const Scored* best = nullptr;  ///< the best strong passage, else the best weak one
    bool strong = false;
};

Level levelOf(const std::vector<Scored>& scored, const Thresholds& thresholds, bool (*inPlace)(Place)) {
    Level level;
    for (const auto& candidate : scored) {
        if (!inPlace(candidate.passage->place) || candidate.score < thresholds.weak) continue;
        const bool strong = candidate.score >= thresholds.evidenced && candidate.allNeeds();
        if (!level.best || (strong && !level.strong) || (strong == level.strong && candidate.score > level.best->score)) {
            level.best = &candidate;
            level.strong = strong;
        }
    }
    return level;
}

std::string viaOf(const Scored& scored) { return scored.tagged() ? "tag" : scored.inSection ? "section" : "text"; }

std::vector<Evidence> topEvidence(const std::vector<Scored>& scored, double minimumScore, bool (*inPlace)(Place)) {
    std::vector<const Scored*> picked;
    for (const auto& candidate : scored) {
        if (inPlace(candidate.passage->place) && candidate.score >= minimumScore) picked.push_back(&candidate);
    }
    std::stable_sort(picked.begin(), picked.end(), [](const Scored* a, const Scored* b) { return a->score > b->score; });
    std::vector<Evidence> evidence;
    for (const auto* candidate : picked) {
        if (evidence.size() == kQuotedPassages) break;
        evidence.push_back({candidate->passage, candidate->score, viaOf(*candidate)});
    }
    return evidence;
}

bool assessable(Place place) { return place == Place::Assessable; }
bool appendix(Place place) { return place == Place::Appendix; }
bool anywhere(Place) { return true; }

double confidenceFrom(double score, const Thresholds& thresholds) {
    const double distance = std::min(std::abs(score - thresholds.evidenced), std::abs(score - thresholds.weak));
    return std::round(std::min(0.99, 0.5 + distance / 0.3 * 0.5) * 100) / 100;
}

CriterionResult assessOne(const CriterionSpec& spec, const std::vector<Passage>& passages, const double* hitsOfPassage,
                          const double* topicOfPassage, const Thresholds& thresholds) {
    CriterionResult result;
    result.spec = &spec;
    std::vector<Scored> scored;
    scored.reserve(passages.size());
    for (std::size_t index = 0; index < passages.size(); ++index) {
        const auto& passage = passages[index];
        if (passage.mappingTable) {
            if (tagFor(spec, passage)) result.mappingClaims.push_back(&passage);
            continue;
        }
        scored.push_back(scorePassage(spec, passage, hitsOfPassage[index], topicOfPassage[index], thresholds));
        const auto& last = scored.back();
        // A tagged passage that would not even be weak evidence does not speak to the criterion it names.
        if (last.tagged() && last.score < thresholds.weak) result.wrongTags.push_back({&passage, *last.tag, last.score});
    }
    const Level inShowcase = levelOf(scored, thresholds, assessable);
    const Level pastLimit = levelOf(scored, thresholds, isBeyond);
    const Level inAppendix = levelOf(scored, thresholds, appendix);
    const Scored* decisive = nullptr;
    if (inShowcase.strong) {
        result.status = "evidenced";
        decisive = inShowcase.best;
        result.reason = "meets what it needs (" + joinLabels(spec, decisive->needsMet, true) + ") in " + describePlace(*decisive->passage);
        result.evidence = topEvidence(scored, thresholds.weak, assessable);
    } else if (pastLimit.strong) {
        result.status = "beyond_limit";
        decisive = pastLimit.best;
        result.reason = "evidenced only " + describePlace(*decisive->passage) +
                        (decisive->passage->place == Place::HiddenSlide ? ", which is hidden" : ", which is past the limit and not assessed");
        result.evidence = topEvidence(scored, thresholds.weak, isBeyond);
    } else if (inAppendix.strong) {
        result.status = "appendix_only";
        decisive = inAppendix.best;
        result.reason = "evidenced only in supporting evidence: " + describePlace(*decisive->passage);
        result.evidence = topEvidence(scored, thresholds.weak, appendix);
    } else if (inShowcase.best || pastLimit.best || inAppendix.best) {
        result.status = "weak";
        decisive = inShowcase.best ? inShowcase.best : pastLimit.best ? pastLimit.best : inAppendix.best;
        const std::string lacking = joinLabels(spec, decisive->needsMet, false);
        result.reason = "touches it in " + describePlace(*decisive->passage) +
                        (lacking.empty() ? " but says too little to meet it" : " but does not show " + lacking);
        result.evidence = topEvidence(scored, thresholds.weak, anywhere);
    } else {
        result.status = "missing";
        double best = 0;
        for (const auto& candidate : scored) best = std::max(best, candidate.score);
        result.reason = "no passage speaks to it";
        if (!result.mappingClaims.empty()) result.reason += ", though a mapping table lists it";
        // A missing criterion is the likeliest wrong call (bench/eval/README.md), so a person gets
        // the passages that came closest to check it against, unless none came even half way.
        result.nearest = topEvidence(scored, thresholds.weak * kNearestShareOfWeak, anywhere);
        if (!result.nearest.empty()) {
            result.reason += "; the nearest, " + describePlace(*result.nearest.front().passage) + ", scores " +
                             twoDecimalsDown(result.nearest.front().score) + " (weak needs " + twoDecimalsDown(thresholds.weak) + ")";
        }
        result.confidence = std::round(std::min(0.99, 0.5 + (thresholds.weak - best) / thresholds.weak * 0.5) * 100) / 100;
        return result;
    }
    result.confidence = confidenceFrom(decisive->score, thresholds);
    return result;
}

}  // namespace

std::string describePlace(const Passage& passage) {
    const Block& block = *passage.block;
    std::string where;
    switch (block.part) {
        case Part::SlideTitle:
        case Part::SlideBody: where = "slide " + std::to_string(block.index); break;
        case Part::Notes: where = "the notes of slide " + std::to_string(block.index); break;
        case Part::Table: where = "table cell " + std::to_string(block.index); break;
        case Part::Footnote: where = "footnote " + std::to_string(block.index); break;
        case Part::Endnote: where = "endnote " + std::to_string(block.index); break;
        case Part::TextBox: where = "text box " + std::to_string(block.index); break;
        default:
            where = (passage.document->format == "pdf" ? "page " : "paragraph ") + std::to_string(block.index);
    }
    const bool slide = block.part == Part::SlideBody || block.part == Part::Notes;
    if (!passage.heading.empty() && !slide) where += " under " + quoted(passage.heading);
    if (slide && !passage.heading.empty()) where += " (" + quoted(passage.heading) + ")";
    return where + " of " + passage.document->path;
}

std::vector<CriterionResult> assessCriteria(const ProfileModel& model, const std::vector<Passage>& passages,
                                            const Thresholds& thresholds) {
    std::vector<CriterionResult> results;
    results.reserve(model.criteria.size());
    const auto hits = wordingHits(model, passages);
    const auto topics = topicSums(model, passages);
    for (std::size_t c = 0; c < model.criteria.size(); ++c) {
        results.push_back(assessOne(model.criteria[c], passages, hits.data() + c * passages.size(), topics.data() + c * passages.size(), thresholds));
    }
    return results;
}

}  // namespace showcase::evidence
