// The parts of the HTML report, each a piece of markup built from the report's data. Every one
// copes with its plugin's metrics being absent (the plugin not installed, refused or failed) by
// saying so in words instead of leaving a hole. Tests call them one by one.
#pragma once

#include <string>
#include <vector>

#include "html_metrics.hpp"
#include "report.hpp"

namespace showcase::report::html {

/// One status of a criterion as the evidence-ksb plugin writes it, and how it is shown; taken from
/// the table the text report uses too (kCriterionStatuses in report_shared.hpp).
struct StatusStyle {
    const char* id;           ///< evidenced, weak, missing, beyond_limit, appendix_only
    const char* label;        ///< the words shown on every cell: colour is never the only signal
    const char* explanation;  ///< for the legend
};
/// The five statuses in the order the legend shows them.
const std::vector<StatusStyle>& statusStyles();
/// The style of `id`; an unknown status gets a neutral style (id "unknown", label "Unknown
/// status"). statusLabel() is what shows an unknown status's own id.
StatusStyle statusStyle(const std::string& id);
/// The words a criterion's cell shows for status `id`: its label, or for an unknown status the id
/// itself, so that a status newer than this report still says what it is.
std::string statusLabel(const std::string& id);

/// The style sheet (html_style.cpp) and the SVG symbols and patterns the parts refer to.
std::string styleSheet();
std::string svgDefinitions();
/// `<svg class="icon">` showing the symbol of a status; hidden from assistive technology,
/// since the label next to it says the same.
std::string statusIcon(const std::string& status);

/// The title, the bundle, the profile and the outcome.
std::string headerPart(const Report& report, const MetricNode& metrics);
/// Words per section against the recommended ranges, and the whole against the limit.
std::string wordCountPart(const MetricNode& metrics);
/// Each deck as a strip of slides: hidden ones and those past the limit marked.
std::string slidesPart(const MetricNode& metrics);
/// The criteria grid by module, each cell opening onto its evidence.
std::string criteriaPart(const MetricNode& metrics);
/// Questions to ask in the interview about the gaps.
std::string promptsPart(const MetricNode& metrics);
/// What the counts left out, and what could not be read.
std::string exclusionsPart(const Report& report, const MetricNode& metrics);
/// Every finding, errors first.
std::string findingsPart(const Report& report);

/// "Showcase report.docx, paragraph 14 (Task 1 > The aims)": a location in words.
std::string describeWhere(const MetricNode& location);
/// The last part of a '/'-separated path: the name an assessor recognises.
std::string baseName(const std::string& path);

}  // namespace showcase::report::html
