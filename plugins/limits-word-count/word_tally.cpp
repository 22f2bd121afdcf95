#include "word_tally.hpp"

#include <array>

#include "excluded_sections.hpp"
#include "plugin_support.hpp"
#include "word_count.hpp"

namespace showcase::wordcount {
namespace {

using common::visible;

// by_part buckets: every Part, then hidden text and tracked deletions of the parts that count.
constexpr std::size_t kPartCount = static_cast<std::size_t>(Part::Notes) + 1;
constexpr std::size_t kHiddenBucket = kPartCount;
constexpr std::size_t kDeletedBucket = kPartCount + 1;
constexpr std::size_t kBucketCount = kPartCount + 2;

struct Bucket {
    bool seen = false;
    bool counted = false;
    WordCounts counts;
};

WordCounts countBlock(const Block& block, const CountingPolicy& policy) {
    WordCounts counts{text::countWordCompatible(block.text, policy.rules), text::countIcuWords(block.text)};
    if (policy.listLabels && !block.listLabel.empty()) {
        counts += WordCounts{text::countWordCompatible(block.listLabel, policy.rules),
                             text::countIcuWords(block.listLabel)};
    }
    return counts;
}

// Which bucket a block's words go to, and whether that bucket counts.
std::pair<std::size_t, bool> bucketOf(const Block& block, const CountingPolicy& policy, const SavedStatistics& saved) {
    const auto part = static_cast<std::size_t>(block.part);
    if (!partCounts(policy, block.part, saved)) return {part, false};
    if (block.has(kTrackedDeletion)) return {kDeletedBucket, policy.trackedDeletions};
    if (block.has(kHiddenText)) return {kHiddenBucket, policy.hiddenText};
    return {part, true};
}

std::string bucketName(std::size_t bucket) {
    if (bucket == kHiddenBucket) return "hidden_text";
    if (bucket == kDeletedBucket) return "tracked_deletion";
    return partName(static_cast<Part>(bucket));
}

// Which excluded range, if any, holds block `index` (ranges are sorted and disjoint).
const SectionExclusion* rangeHolding(const std::vector<SectionExclusion>& ranges, const Block& block,
                                     std::size_t index) {
    if (!inMainText(block)) return nullptr;
    for (const auto& range : ranges) {
        if (index >= range.first && index < range.end) return &range;
    }
    return nullptr;
}

SectionTally& sectionTally(std::vector<SectionTally>& sections, const std::string& file, const std::string& heading) {
    for (auto it = sections.rbegin(); it != sections.rend() && it->file == file; ++it) {
        if (it->heading == heading) return *it;
    }
    sections.push_back(SectionTally{file, heading, {}});
    return sections.back();
}

void tallyReport(Document& document, const CountingPolicy& policy, std::array<Bucket, kBucketCount>& buckets,
                 BundleTally& tally) {
    const auto ranges = findExcludedSections(document, policy);
    std::vector<ExcludedRange> excluded;
    for (const auto& range : ranges) excluded.push_back(ExcludedRange{document.path, range.heading, range.reason, {}});

    FileTally file;
    file.document = &document;
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        const Block& block = document.blocks[i];
        const WordCounts counts = countBlock(block, policy);
        if ((block.part == Part::Body || block.part == Part::Table) && visible(block)) file.mainTextWords += counts.words;
        const auto [bucket, counted] = bucketOf(block, policy, document.saved);
        if (const SectionExclusion* range = rangeHolding(ranges, block, i)) {
            if (counted) excluded[static_cast<std::size_t>(range - ranges.data())].counts += counts;
            continue;
        }
        Bucket& into = buckets[bucket];
        into.seen = true;
        into.counted = counted;
        into.counts += counts;
        if (!counted) continue;
        file.counts += counts;
        sectionTally(tally.bySection, document.path, sectionOf(block)).counts += counts;
        if (counts.words > 0) tally.counted.push_back(CountedBlock{&document, i, counts.words});
    }
    tally.total += file.counts;
    tally.byFile.push_back(file);
    for (auto& range : excluded) tally.excluded.push_back(std::move(range));
}

WordCounts countWholeFile(const Document& document, const CountingPolicy& policy) {
    WordCounts counts;
    for (const auto& block : document.blocks) {
        if (bucketOf(block, policy, document.saved).second) counts += countBlock(block, policy);
    }
    return counts;
}

}  // namespace

std::string countedText(const Block& block, const CountingPolicy& policy) {
    if (!policy.listLabels || block.listLabel.empty()) return block.text;
    return block.listLabel + " " + block.text;
}

std::string sectionOf(const Block& block) {
    if (!block.headingPath.empty()) return block.headingPath.front();
    if (inMainText(block)) return block.has(kHeading) ? block.text : "(before the first heading)";
    return std::string("(") + partName(block.part) + ")";
}

BundleTally tallyBundle(Bundle& bundle, const CountingPolicy& policy) {
    BundleTally tally;
    std::array<Bucket, kBucketCount> buckets{};
    for (auto& document : bundle.documents) {
        if (document.status != ReadStatus::Read) continue;
        if (document.role == Role::Report) {
            tallyReport(document, policy, buckets, tally);
        } else if (!document.blocks.empty()) {
            tally.excluded.push_back(ExcludedRange{document.path, "", std::string("role ") + roleName(document.role),
                                                   countWholeFile(document, policy)});
        }
    }
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        if (buckets[i].seen) tally.byPart.push_back(PartTally{bucketName(i), buckets[i].counted, buckets[i].counts});
    }
    return tally;
}

}  // namespace showcase::wordcount
