// The verdict screen of the text report: what was counted against which limit, which sections
// and criteria have evidence, and the gaps with where they are, all from the plugins' metrics.
// A plugin that did not run (not installed, failed, no profile) gives a "not checked" line,
// never an error: the report is written whatever ran.
#pragma once

#include <string>
#include <vector>

#include "json_read.hpp"
#include "report.hpp"
#include "text_layout.hpp"

namespace showcase::report::text {

/// One line of the verdict: what was measured ("Words") and how it stands.
struct VerdictLine {
    std::string label;
    std::string text;
    Tone tone = Tone::Plain;
};

/// How soon a gap needs attention; the verdict lists the most urgent first.
enum class Urgency {
    PastLimit,  ///< content that will not be assessed
    Missing,    ///< something required is not there
    Weak,       ///< there, but not enough
    Optional,   ///< only a distinction or an optional part is affected
};

/// Something between the showcase and complete evidence, and where it is or would be.
struct Gap {
    std::string tag;    ///< one word for the kind: "over", "missing", "weak"...
    std::string what;
    std::string where;  ///< empty when there is no place to point at
    Tone tone = Tone::Warning;
    Urgency urgency = Urgency::Missing;
};

struct Verdict {
    std::vector<VerdictLine> lines;
    std::vector<Gap> gaps;
};

/// The verdict of a report, from whichever plugins' metrics it has.
Verdict verdictOf(const Report& report);
/// The verdict as text: a count of findings, the lines, then the most important gaps.
std::string renderVerdict(const Verdict& verdict, const Report& report, const TextStyle& style);

// Each adds its lines and gaps; in text_limits.cpp, text_structure.cpp and text_criteria.cpp.
void addWordsAndSlides(const Report& report, Verdict& verdict);
void addRecordings(const Report& report, Verdict& verdict);
void addStructure(const Report& report, Verdict& verdict);
void addCriteria(const Report& report, Verdict& verdict);
/// Every criterion with its status and best evidence, for the detail; empty without evidence-ksb.
std::string renderCriteriaDetail(const Report& report, const TextStyle& style);

/// A plugin's metrics object, or null when it wrote none.
json::ObjectPtr pluginMetrics(const Report& report, const std::string& pluginId);
/// Why a plugin's metrics are absent, for a "not checked" line: not installed, failed, no profile.
std::string whyNotChecked(const Report& report, const std::string& pluginId);

/// "report.docx, slide 3 (Task 1 > Aims)": a finding's location in words, its file name kept
/// together for wrap().
std::string describeLocation(const Location& location);
/// A location written as JSON by a plugin (file, part, index, heading_path); nothing without a file.
std::optional<Location> locationFromJson(const json::ObjectPtr& object);
/// `text` with the bundle's file names in it kept together for wrap(): plugins' messages name files.
std::string keepFileNamesTogether(const std::string& text, const Bundle& bundle);
/// "slides 36–37" or "slides 4, 9 and 12": slide numbers in words.
std::string describeSlideNumbers(const std::vector<double>& numbers);

}  // namespace showcase::report::text
