#include <algorithm>
#include <cstdio>
#include <sstream>

#include "report.hpp"
#include "showcase_version.hpp"

namespace showcase::report {
namespace {

std::string describeLocation(const Location& location) {
    std::string text = location.file;
    if (location.part) {
        const Part part = *location.part;
        const std::string number = location.index > 0 ? std::to_string(location.index) : "";
        if (part == Part::SlideTitle || part == Part::SlideBody) {
            text += ", slide " + number;
        } else if (part == Part::Notes) {
            text += ", notes of slide " + number;
        } else {
            text += std::string(", ") + partName(part) + (number.empty() ? "" : " #" + number);
        }
    }
    if (!location.headingPath.empty()) {
        text += " (";
        for (std::size_t i = 0; i < location.headingPath.size(); ++i) {
            if (i > 0) text += " > ";
            text += location.headingPath[i];
        }
        text += ")";
    }
    return text;
}

std::string padded(const std::string& text, std::size_t width) {
    return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

std::string plural(std::size_t count, const char* noun) {
    return std::to_string(count) + " " + noun + (count == 1 ? "" : "s");
}

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

// Errors first, then warnings, then notes; within a severity, in the order they were found.
std::vector<const Finding*> sortedFindings(const std::vector<Finding>& findings) {
    std::vector<const Finding*> sorted;
    for (const auto& finding : findings) sorted.push_back(&finding);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Finding* a, const Finding* b) {
        return static_cast<int>(a->severity) < static_cast<int>(b->severity);
    });
    return sorted;
}

}  // namespace

std::string describeProfile(const std::optional<ProfileChoice>& profile) {
    if (!profile) return "none";
    std::string text = profile->id.empty() ? "none" : profile->id;
    return text + (profile->pickedBy == "user" ? " (chosen with --profile)" : " (picked automatically: " + profile->reason + ")");
}

std::string toText(const Report& report) {
    const Bundle& bundle = *report.bundle;
    std::ostringstream out;
    out << "showcase " << kVersion << ": " << bundle.path << " (" << bundle.container << ", "
        << plural(bundle.documents.size(), "file") << ")\n";
    out << "Profile: " << describeProfile(report.profile) << "\n\n";

    const auto errors = countSeverity(report.findings, Severity::Error);
    const auto warnings = countSeverity(report.findings, Severity::Warning);
    out << "Findings: " << plural(errors, "error") << ", " << plural(warnings, "warning") << "\n";
    for (const Finding* finding : sortedFindings(report.findings)) {
        out << "  " << padded(severityName(finding->severity), 8);
        if (finding->location) out << describeLocation(*finding->location) << ": ";
        out << finding->message << "\n";
    }

    std::size_t roleWidth = bundle.notices.empty() ? 4 : 7;  // "skipped" rows share the column
    std::size_t formatWidth = 6;
    std::size_t contentsWidth = 8;
    for (const auto& document : bundle.documents) {
        roleWidth = std::max(roleWidth, std::string(roleName(document.role)).size());
        formatWidth = std::max(formatWidth, document.format.size());
        contentsWidth = std::max(contentsWidth, describeContents(document).size());
    }
    out << "\nFiles\n  " << padded("role", roleWidth + 1) << padded("format", formatWidth + 1)
        << padded("status", 12) << padded("contents", contentsWidth + 1) << "path\n";
    for (const auto& document : bundle.documents) {
        out << "  " << padded(roleName(document.role), roleWidth + 1) << padded(document.format, formatWidth + 1)
            << padded(readStatusName(document.status), 12) << padded(describeContents(document), contentsWidth + 1)
            << document.path;
        if (document.status != ReadStatus::Read) out << "  (" << document.message << ")";
        out << "\n";
    }
    for (const auto& notice : bundle.notices) {
        out << "  " << padded("skipped", roleWidth + 1) << padded("-", formatWidth + 1) << padded(notice.kind, 12)
            << padded("", contentsWidth + 1) << (notice.path.empty() ? "(the bundle itself)" : notice.path) << "  ("
            << notice.message << ")\n";
    }

    out << "\nPlugins:";
    for (const auto& run : report.runs) out << " " << run.id << " " << run.version << " (" << run.status << ")";
    if (report.runs.empty()) out << " none loaded";
    out << "\n";
    for (const auto& refusal : report.refusals) out << "  refused " << refusal.path << ": " << refusal.reason << "\n";
    return out.str();
}

}  // namespace showcase::report
