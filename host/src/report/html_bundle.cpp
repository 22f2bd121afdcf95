// The parts of the HTML report about the bundle as a whole: the header with the outcome, what was
// left out or could not be read, and the list of findings.
#include <algorithm>

#include "html_escape.hpp"
#include "html_sections.hpp"
#include "report_shared.hpp"

namespace showcase::report::html {
namespace {

std::string describeProfileChoice(const std::optional<ProfileChoice>& profile) {
    if (!profile || profile->id.empty()) {
        const std::string reason = profile ? profile->reason : "";
        return "none: checked without an EPAO's rules" + (reason.empty() ? std::string() : " (" + escape(reason) + ")");
    }
    std::string text = "<strong>" + escape(profile->id) + "</strong>: EPAO " + escape(profile->epao) + ", option " +
                       escape(profile->option);
    text += profile->pickedBy == "user" ? " (chosen with --profile)" : " (picked from the bundle: " + escape(profile->reason) + ")";
    return text;
}

std::string describeChecks(const Report& report) {
    std::string text;
    for (const auto& run : report.runs) {
        text += (text.empty() ? "" : ", ") + escape(run.id) + " " + escape(run.version);
        if (run.status != "ok") text += " (" + escape(run.status) + ")";
    }
    for (const auto& refusal : report.refusals) {
        text += (text.empty() ? "" : "; ") + std::string("refused ") + escape(baseName(refusal.path)) + ": " + escape(refusal.reason);
    }
    return text.empty() ? "none loaded" : text;
}

// The headline: the evidence check's own summary ("Evidence found for ..."), never "passed".
std::string outcomeHeadline(const MetricNode& metrics) {
    const MetricNode outcome = metrics["evidence-ksb"]["outcome"];
    if (outcome.empty()) return "No criteria were looked for: the evidence check (evidence-ksb) did not run.";
    const std::string summary = outcome["summary"].text();
    if (!summary.empty()) return escape(summary);
    return "Evidence found for " + thousands(outcome["pass_evidenced"].number().value_or(0)) + " of " +
           thousands(outcome["pass_total"].number().value_or(0)) + " pass criteria and " +
           thousands(outcome["distinction_evidenced"].number().value_or(0)) + " of " +
           thousands(outcome["distinction_total"].number().value_or(0)) + " distinction criteria.";
}

// A finding's location in the same words as a location in plugins' metrics (describeWhere).
std::string describeLocation(const Location& location) {
    Poco::JSON::Object::Ptr object = new Poco::JSON::Object;
    object->set("file", location.file);
    if (location.part) object->set("part", std::string(partName(*location.part)));
    if (location.index > 0) object->set("index", location.index);
    Poco::JSON::Array::Ptr headings = new Poco::JSON::Array;
    for (const auto& heading : location.headingPath) headings->add(heading);
    object->set("heading_path", headings);
    return describeWhere(MetricNode(object));
}

std::string excludedRows(const MetricNode& wordCount) {
    std::string rows;
    for (const auto& range : wordCount["excluded"].items()) {
        const std::string heading = range["heading"].text();
        rows += "<tr><td>" + escape(range["file"].text()) + "</td><td>" +
                (heading.empty() ? "the whole file" : escape(heading)) + "</td><td>" + escape(range["reason"].text()) +
                "</td><td class=\"number\">" + thousands(range["words"].number().value_or(0)) + "</td></tr>\n";
    }
    for (const char* part : {"header", "footer", "comment", "text_box", "footnote", "endnote", "hidden_text", "tracked_deletion"}) {
        const MetricNode counts = wordCount["by_part"][part];
        if (counts.empty() || counts["counted"].flag(true)) continue;
        std::string name = part;
        std::replace(name.begin(), name.end(), '_', ' ');
        rows += "<tr><td>every report file</td><td>" + escape(name) + "s</td><td>not counted, as Word does not</td><td class=\"number\">" +
                thousands(counts["words"].number().value_or(0)) + "</td></tr>\n";
    }
    return rows;
}

}  // namespace

std::string headerPart(const Report& report, const MetricNode& metrics) {
    const Bundle& bundle = *report.bundle;
    const auto errors = countSeverity(report.findings, Severity::Error);
    const auto warnings = countSeverity(report.findings, Severity::Warning);
    std::string out = "<header class=\"report-header\">\n<p class=\"eyebrow\">Showcase check \xC2\xB7 ST0072 Customer Service Practitioner</p>\n";
    out += "<h1>" + escape(baseName(bundle.path)) + "</h1>\n<dl class=\"facts\">\n";
    out += "<dt>Bundle</dt><dd>" + escape(bundle.path) + " (" + escape(bundle.container) + ", " +
           plural(bundle.documents.size(), "file") + ")</dd>\n";
    out += "<dt>Profile</dt><dd>" + describeProfileChoice(report.profile) + "</dd>\n";
    out += "<dt>Checks</dt><dd>" + describeChecks(report) + "</dd>\n</dl>\n";
    out += "<div class=\"outcome\" id=\"outcome\">\n<p class=\"headline\">" + outcomeHeadline(metrics) + "</p>\n";
    out += "<p>" + plural(errors, "error") + " and " + plural(warnings, "warning") +
           " among the findings (<a href=\"#findings\">all findings</a>). This report is triage for an assessor, not a grade.</p>\n";
    out += "</div>\n</header>\n";
    return out;
}

std::string exclusionsPart(const Report& report, const MetricNode& metrics) {
    const Bundle& bundle = *report.bundle;
    std::string out = "<section id=\"excluded\" aria-labelledby=\"excluded-title\">\n<h2 id=\"excluded-title\">Left out and unread</h2>\n";
    out += "<h3>Left out of the word count</h3>\n";
    const MetricNode wordCount = metrics["limits-word-count"];
    const std::string rows = wordCount.empty() ? std::string() : excludedRows(wordCount);
    if (wordCount.empty()) {
        out += "<p class=\"note\">Not known: the word count (limits-word-count) did not run.</p>\n";
    } else if (rows.empty()) {
        out += "<p>Nothing was left out of the word count.</p>\n";
    } else {
        out += "<table>\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">What</th><th scope=\"col\">Why</th>"
               "<th scope=\"col\" class=\"number\">Words</th></tr></thead>\n<tbody>\n" + rows + "</tbody>\n</table>\n";
    }
    out += "<h3>Not read</h3>\n";
    std::string unread;
    for (const auto& document : bundle.documents) {
        if (document.status == ReadStatus::Read) continue;
        unread += "<tr><td>" + escape(document.path) + "</td><td>" + escape(readStatusName(document.status)) + "</td><td>" +
                  escape(document.message) + "</td></tr>\n";
    }
    for (const auto& notice : bundle.notices) {
        unread += "<tr><td>" + (notice.path.empty() ? std::string("(the bundle itself)") : escape(notice.path)) +
                  "</td><td>skipped: " + escape(notice.kind) + "</td><td>" + escape(notice.message) + "</td></tr>\n";
    }
    if (unread.empty()) {
        out += "<p>Every file in the bundle was read.</p>\n";
    } else {
        out += "<table>\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Status</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n" +
               unread + "</tbody>\n</table>\n";
    }
    out += "<h3>Files in the bundle</h3>\n<table>\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Role</th>"
           "<th scope=\"col\">Format</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n";
    for (const auto& document : bundle.documents) {
        out += "<tr><td>" + escape(document.path) + "</td><td>" + escape(roleName(document.role)) + "</td><td>" +
               escape(document.format) + "</td><td>" + escape(readStatusName(document.status)) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n</section>\n";
    return out;
}

std::string findingsPart(const Report& report) {
    const std::vector<const Finding*> sorted = sortedFindings(report.findings);
    std::string out = "<section id=\"findings\" aria-labelledby=\"findings-title\">\n<h2 id=\"findings-title\">All findings</h2>\n";
    if (sorted.empty()) return out + "<p>No findings.</p>\n</section>\n";
    out += "<table>\n<thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Where</th><th scope=\"col\">Finding</th></tr></thead>\n<tbody>\n";
    for (const Finding* finding : sorted) {
        const std::string severity = severityName(finding->severity);
        const std::string label = finding->severity == Severity::Error ? "Error" : finding->severity == Severity::Warning ? "Warning" : "Note";
        out += "<tr><td class=\"severity severity-" + severity + "\">" + label + "</td><td>" +
               (finding->location ? escape(describeLocation(*finding->location)) : std::string("the bundle")) + "</td><td>" +
               escape(finding->message) + "</td></tr>\n";
    }
    return out + "</tbody>\n</table>\n</section>\n";
}

}  // namespace showcase::report::html
