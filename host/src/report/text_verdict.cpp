#include "text_verdict.hpp"

#include <algorithm>

namespace showcase::report::text {
namespace {

// The verdict must fit one screen with its header: the rest of the gaps are in the detail below.
constexpr std::size_t kGapsOnScreen = 8;

std::optional<Part> partFromName(const std::string& name) {
    for (const Part part : {Part::Body, Part::Table, Part::TextBox, Part::Footnote, Part::Endnote, Part::Header,
                            Part::Footer, Part::Comment, Part::SlideTitle, Part::SlideBody, Part::Notes}) {
        if (name == partName(part)) return part;
    }
    return std::nullopt;
}

std::string findingCounts(const Report& report, const TextStyle& style) {
    const auto errors = countSeverity(report.findings, Severity::Error);
    const auto warnings = countSeverity(report.findings, Severity::Warning);
    const auto info = countSeverity(report.findings, Severity::Info);
    return paint(plural(errors, "error"), errors > 0 ? Tone::Bad : Tone::Plain, style) + ", " +
           paint(plural(warnings, "warning"), warnings > 0 ? Tone::Warning : Tone::Plain, style) + ", " +
           thousands(static_cast<long long>(info)) + " info";
}

}  // namespace

Verdict verdictOf(const Report& report) {
    Verdict verdict;
    addWordsAndSlides(report, verdict);
    addRecordings(report, verdict);
    addStructure(report, verdict);
    addCriteria(report, verdict);
    std::stable_sort(verdict.gaps.begin(), verdict.gaps.end(),
                     [](const Gap& a, const Gap& b) { return a.urgency < b.urgency; });
    return verdict;
}

std::string renderVerdict(const Verdict& verdict, const Report& report, const TextStyle& style) {
    std::string out = wrap(paint("Verdict:", Tone::Heading, style) + " " + findingCounts(report, style) +
                               "; triage for an assessor, not a grade",
                           style.width, 2);
    std::size_t labelWidth = 0;
    for (const auto& line : verdict.lines) labelWidth = std::max(labelWidth, displayWidth(line.label));
    for (const auto& line : verdict.lines) {
        out += wrap("  " + padded(line.label, labelWidth + 2) + paint(line.text, line.tone, style), style.width,
                    labelWidth + 4);
    }
    out += "\n";
    if (verdict.gaps.empty()) return out + paint("Gaps:", Tone::Heading, style) + " none found\n";
    out += paint("Gaps", Tone::Heading, style) + " (" + thousands(static_cast<long long>(verdict.gaps.size())) +
           ", the most pressing first)\n";
    std::size_t tagWidth = 0;
    for (const auto& gap : verdict.gaps) tagWidth = std::max(tagWidth, displayWidth(gap.tag));
    const std::size_t shown = std::min(verdict.gaps.size(), kGapsOnScreen);
    for (std::size_t i = 0; i < shown; ++i) {
        const Gap& gap = verdict.gaps[i];
        const std::string tag = paint(gap.tag, gap.tone, style) + padding(gap.tag, tagWidth + 2);
        out += wrap("  " + tag + keepFileNamesTogether(gap.what + (gap.where.empty() ? "" : " — " + gap.where), *report.bundle),
                    style.width, tagWidth + 4);
    }
    if (shown < verdict.gaps.size()) {
        out += "  … and " + thousands(static_cast<long long>(verdict.gaps.size() - shown)) +
               " more in the detail below\n";
    }
    return out;
}

json::ObjectPtr pluginMetrics(const Report& report, const std::string& pluginId) {
    return json::object(report.metrics, pluginId);
}

std::string whyNotChecked(const Report& report, const std::string& pluginId) {
    const auto run = std::find_if(report.runs.begin(), report.runs.end(),
                                  [&](const host::PluginRun& candidate) { return candidate.id == pluginId; });
    if (run == report.runs.end()) return "not checked: the " + pluginId + " plugin is not installed";
    if (run->status != "ok") {
        return "not checked: " + pluginId + " " + (run->status == "failed" ? "failed" : "was " + run->status) +
               (run->message.empty() ? "" : " (" + run->message + ")");
    }
    if (!report.profile || report.profile->id.empty()) return "not checked: no profile (use --profile or --epao)";
    return "not checked: " + pluginId + " gave no figures";
}

std::string describeLocation(const Location& location) {
    std::string text = keepTogether(location.file);
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

std::optional<Location> locationFromJson(const json::ObjectPtr& object) {
    const auto file = json::string(object, "file");
    if (!file) return std::nullopt;
    Location location;
    location.file = *file;
    if (const auto part = json::string(object, "part")) location.part = partFromName(*part);
    location.index = static_cast<int>(json::number(object, "index").value_or(0));
    location.headingPath = json::strings(json::array(object, "heading_path"));
    return location;
}

std::string keepFileNamesTogether(const std::string& text, const Bundle& bundle) {
    std::string result = text;
    for (const auto& document : bundle.documents) {
        if (document.path.find(' ') == std::string::npos) continue;
        const std::string glued = keepTogether(document.path);
        for (auto at = result.find(document.path); at != std::string::npos; at = result.find(document.path, at + glued.size())) {
            result.replace(at, document.path.size(), glued);
        }
    }
    return result;
}

std::string describeSlideNumbers(const std::vector<double>& numbers) {
    std::vector<std::string> runs;
    for (std::size_t i = 0; i < numbers.size();) {
        std::size_t end = i;
        while (end + 1 < numbers.size() && numbers[end + 1] == numbers[end] + 1) ++end;
        runs.push_back(shortNumber(numbers[i]) + (end > i ? "–" + shortNumber(numbers[end]) : ""));
        i = end + 1;
    }
    return (numbers.size() == 1 ? "slide " : "slides ") + listed(runs);
}

}  // namespace showcase::report::text
