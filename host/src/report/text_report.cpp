// The text report of `check --format text`: the verdict on one screen first (text_verdict.hpp),
// then the detail: findings, criteria, files and plugins. Fitted to the terminal's width and
// coloured only when the style allows (see terminalTextStyle).
#include <unistd.h>

#include <algorithm>
#include <cstdio>

#include "report.hpp"
#include "report_shared.hpp"
#include "showcase_version.hpp"
#include "text_layout.hpp"
#include "text_verdict.hpp"

namespace showcase::report {
namespace {

using text::displayWidth;
using text::keepTogether;
using text::padded;
using text::padding;
using text::paint;
using text::Tone;
using text::wrap;

std::string humanSize(std::uint64_t bytes) {
    if (bytes < 1024) return std::to_string(bytes) + " B";
    if (bytes < 1024 * 1024) return std::to_string((bytes + 512) / 1024) + " KB";
    return std::to_string((bytes + 512 * 1024) / (1024 * 1024)) + " MB";
}

// What a reader found in a file, in a few words: slides, pages or blocks of text.
std::string describeContents(const Document& document) {
    if (document.status != ReadStatus::Read) return humanSize(document.size);
    if (!document.slides.empty()) {
        std::size_t hidden = 0;
        std::size_t notes = 0;
        for (const auto& slide : document.slides) {
            hidden += slide.hidden ? 1 : 0;
            notes += slide.hasNotes ? 1 : 0;
        }
        return plural(document.slides.size(), "slide") + ", " + std::to_string(hidden) + " hidden, " +
               std::to_string(notes) + " with notes";
    }
    if (document.durationSeconds >= 0) {
        char length[32];
        std::snprintf(length, sizeof length, "%.1f s, ", document.durationSeconds);
        return length + humanSize(document.size);
    }
    if (document.reader == "media") return humanSize(document.size);
    std::string text = plural(document.blocks.size(), "block");
    if (document.pages > 0) text = plural(static_cast<std::size_t>(document.pages), "page") + ", " + text;
    return text;
}

Tone severityTone(Severity severity) {
    return severity == Severity::Error ? Tone::Bad : severity == Severity::Warning ? Tone::Warning : Tone::Muted;
}

std::string findingsSection(const Report& report, const TextStyle& style) {
    std::string out = "\n" + paint("Findings", Tone::Heading, style) + "\n";
    if (report.findings.empty()) return out + "  none\n";
    for (const Finding* finding : sortedFindings(report.findings)) {
        const std::string severity = severityName(finding->severity);
        std::string line = "  " + paint(severity, severityTone(finding->severity), style) + padding(severity, 8);
        if (finding->location) line += text::describeLocation(*finding->location) + ": ";
        out += wrap(line + text::keepFileNamesTogether(finding->message, *report.bundle), style.width, 10);
    }
    return out;
}

std::string filesSection(const Bundle& bundle, const TextStyle& style) {
    std::size_t roleWidth = bundle.notices.empty() ? 4 : 7;  // "skipped" rows share the column
    std::size_t formatWidth = 6;
    std::size_t contentsWidth = 8;
    for (const auto& document : bundle.documents) {
        roleWidth = std::max(roleWidth, displayWidth(roleName(document.role)));
        formatWidth = std::max(formatWidth, displayWidth(document.format));
        contentsWidth = std::max(contentsWidth, displayWidth(describeContents(document)));
    }
    // Long paths and messages continue under the path column, unless it starts too far right.
    const std::size_t pathColumn = 2 + roleWidth + 1 + formatWidth + 1 + 12 + contentsWidth + 1;
    const std::size_t hanging = pathColumn <= style.width / 2 ? pathColumn : 4;
    std::string out = "\n" + paint("Files", Tone::Heading, style) + "\n";
    out += wrap("  " + padded("role", roleWidth + 1) + padded("format", formatWidth + 1) + padded("status", 12) +
                    padded("contents", contentsWidth + 1) + "path",
                style.width, hanging);
    for (const auto& document : bundle.documents) {
        const std::string status = readStatusName(document.status);
        std::string row = "  " + padded(roleName(document.role), roleWidth + 1) + padded(document.format, formatWidth + 1) +
                          paint(status, document.status == ReadStatus::Read ? Tone::Plain : Tone::Warning, style) +
                          padding(status, 12) +
                          padded(describeContents(document), contentsWidth + 1) + keepTogether(document.path);
        if (document.status != ReadStatus::Read) row += "  (" + document.message + ")";
        out += wrap(row, style.width, hanging);
    }
    for (const auto& notice : bundle.notices) {
        out += wrap("  " + padded("skipped", roleWidth + 1) + padded("-", formatWidth + 1) + padded(notice.kind, 12) +
                        padded("", contentsWidth + 1) + (notice.path.empty() ? "(the bundle itself)" : keepTogether(notice.path)) +
                        "  (" + notice.message + ")",
                    style.width, hanging);
    }
    return out;
}

std::string pluginsSection(const Report& report, const TextStyle& style) {
    std::string line = paint("Plugins:", Tone::Heading, style);
    for (std::size_t i = 0; i < report.runs.size(); ++i) {
        const auto& run = report.runs[i];
        line += (i == 0 ? " " : ", ") + run.id + " " + run.version + " (" +
                paint(run.status, run.status == "ok" ? Tone::Plain : Tone::Bad, style) + ")";
    }
    if (report.runs.empty()) line += " none loaded";
    std::string out = "\n" + wrap(line, style.width, 2);
    for (const auto& refusal : report.refusals) {
        out += wrap("  " + paint("refused", Tone::Bad, style) + " " + refusal.path + ": " + refusal.reason, style.width, 4);
    }
    return out;
}

}  // namespace

std::string describeProfile(const std::optional<ProfileChoice>& profile) {
    if (!profile) return "none";
    std::string text = profile->id.empty() ? "none" : profile->id;
    return text + (profile->pickedBy == "user" ? " (chosen with --profile)" : " (picked automatically: " + profile->reason + ")");
}

std::string toText(const Report& report) { return toText(report, terminalTextStyle(STDOUT_FILENO)); }

std::string toText(const Report& report, const TextStyle& style) {
    const Bundle& bundle = *report.bundle;
    // The first line is not wrapped: the bundle's path is one word however long, and a break
    // before it would make the layout depend on where the bundle lies.
    std::string out = paint("showcase " + std::string(kVersion), Tone::Heading, style) + ": " + bundle.path + " (" +
                      bundle.container + ", " + plural(bundle.documents.size(), "file") + ")\n";
    out += wrap("Profile: " + describeProfile(report.profile), style.width, 2) + "\n";
    out += text::renderVerdict(text::verdictOf(report), report, style);
    out += findingsSection(report, style);
    out += text::renderCriteriaDetail(report, style);
    out += filesSection(bundle, style);
    out += pluginsSection(report, style);
    return out;
}

}  // namespace showcase::report
