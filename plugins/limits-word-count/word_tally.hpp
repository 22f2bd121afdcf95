// Counting a bundle's report under a counting policy: the enforced total and its breakdowns by
// part, section, file and excluded range, plus the counted blocks in reading order (for finding
// where a limit is reached).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "counting_policy.hpp"
#include "showcase/document.hpp"

namespace showcase::wordcount {

/// Word-compatible and Unicode (ICU) counts of the same text.
struct WordCounts {
    std::size_t words = 0;
    std::size_t icuWords = 0;

    WordCounts& operator+=(const WordCounts& other) {
        words += other.words;
        icuWords += other.icuWords;
        return *this;
    }
};

/// Words of one kind of block ("body", "footnote", "hidden_text" ...) outside excluded sections.
struct PartTally {
    std::string name;
    bool counted = false;
    WordCounts counts;
};

/// Counted words under one top-level heading of one file.
struct SectionTally {
    std::string file;
    std::string heading;
    WordCounts counts;
};

/// Text left out of the count on purpose: a cover, back matter, or a whole file by its role.
struct ExcludedRange {
    std::string file;
    std::string heading;  ///< empty for a whole file
    std::string reason;   ///< "cover", "back matter", "role appendix", "role slides" ...
    WordCounts counts;    ///< what it would have added under the same part switches
};

/// One counted report file.
struct FileTally {
    const Document* document = nullptr;
    WordCounts counts;
    /// Visible body and table words of the whole file, nothing excluded: what Word's saved
    /// <Words> describes (main text only, as the reference notes find), to compare with it.
    std::size_t mainTextWords = 0;
};

/// A block whose words are in the total, in reading order.
struct CountedBlock {
    Document* document = nullptr;
    std::size_t block = 0;  ///< index into document->blocks
    std::size_t words = 0;
};

struct BundleTally {
    WordCounts total;
    std::vector<PartTally> byPart;
    std::vector<SectionTally> bySection;
    std::vector<FileTally> byFile;
    std::vector<ExcludedRange> excluded;
    std::vector<CountedBlock> counted;
};

/// Counts every readable file with the role report, in bundle order; other files with text are
/// listed as excluded by their role.
BundleTally tallyBundle(Bundle& bundle, const CountingPolicy& policy);

/// The text a block contributes under `policy`: its list label first when labels count.
std::string countedText(const Block& block, const CountingPolicy& policy);

/// The top-level section a block belongs to, as shown in the breakdown.
std::string sectionOf(const Block& block);

}  // namespace showcase::wordcount
