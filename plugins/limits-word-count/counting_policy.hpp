// What the word count counts: the switches of the counting policy and their defaults, read from
// the plugin's options (a profile's, or `--set limits-word-count.KEY=VALUE`).
//
// The defaults follow Word's own count where the reference notes know it, and our documented
// choice where they do not; README.md lists every option.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

#include "showcase/document.hpp"
#include "word_count.hpp"

namespace showcase::wordcount {

/// Whether a part that Word counts only under "Include text boxes, footnotes and endnotes" counts.
enum class NotesSwitch { FollowDocument, Always, Never };

struct CountingPolicy {
    text::WordRules rules;
    bool tables = true;
    NotesSwitch textBoxes = NotesSwitch::FollowDocument;
    NotesSwitch footnotes = NotesSwitch::FollowDocument;
    NotesSwitch endnotes = NotesSwitch::FollowDocument;
    bool headers = false;
    bool footers = false;
    bool comments = false;
    bool hiddenText = false;
    bool trackedDeletions = false;
    bool listLabels = false;
    bool excludeBackMatter = true;  ///< appendix, annex, references... headings and what follows
    bool excludeCover = true;       ///< a cover block before the first section heading
    /// Heading words that start back matter, lower case; matched at the start of a heading.
    std::vector<std::string> backMatterHeadings = {"appendix", "appendices", "annex",        "annexes",
                                                   "references", "reference list", "bibliography"};

    std::optional<double> min;
    std::optional<double> max;
    double tolerancePercent = 0;  ///< words over max still accepted, as a percentage of max
    /// False when the EPAO states the maximum as a guideline ("recommended", "about"): passing it
    /// is then a warning, not an error.
    bool maxIsHard = true;

    bool explain = false;
    std::size_t explainLimit = 200;  ///< differing tokens listed in the metrics; all are counted

    /// The highest count still accepted: max plus the tolerance, rounded down.
    std::optional<long long> acceptedMaximum() const;
};

/// The policy an options object asks for, and what was wrong with it (one line per problem;
/// a bad value leaves that switch at its default).
struct PolicyReading {
    CountingPolicy policy;
    std::vector<std::string> problems;
};
PolicyReading readPolicy(const Poco::JSON::Object::Ptr& options);

/// Whether blocks of `part` count, given the document's own statistics setting.
bool partCounts(const CountingPolicy& policy, Part part, const SavedStatistics& saved);

/// The policy as JSON for the metrics, with FollowDocument switches shown as "document".
Poco::JSON::Object::Ptr policyToJson(const CountingPolicy& policy);

}  // namespace showcase::wordcount
