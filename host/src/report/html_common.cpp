// What several parts of the HTML report share: statuses, icons, places in words.
#include "html_escape.hpp"
#include "html_sections.hpp"
#include "report_shared.hpp"

namespace showcase::report::html {

namespace {

StatusStyle styleOf(const CriterionStatus& status) { return {status.id, status.label, status.explanation}; }

}  // namespace

const std::vector<StatusStyle>& statusStyles() {
    static const std::vector<StatusStyle> styles = [] {
        std::vector<StatusStyle> all;
        for (const auto& status : kCriterionStatuses) all.push_back(styleOf(status));
        return all;
    }();
    return styles;
}

StatusStyle statusStyle(const std::string& id) {
    if (const CriterionStatus* known = findCriterionStatus(id)) return styleOf(*known);
    return {"unknown", "Unknown status", "a status this report does not know"};
}

std::string statusLabel(const std::string& id) {
    const CriterionStatus* known = findCriterionStatus(id);
    return known ? known->label : id;
}

std::string svgDefinitions() {
    // Symbols are drawn once and referenced with <use>; strokes take the text colour of the cell.
    return R"SVG(<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>
<pattern id="pattern-over" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-ground" width="6" height="6"/><rect class="hatch" width="3" height="6"/></pattern>
<symbol id="icon-evidenced" viewBox="0 0 16 16"><path d="M3 8.5l3.2 3.2L13 4.8"/></symbol>
<symbol id="icon-weak" viewBox="0 0 16 16"><circle cx="8" cy="8" r="5.5"/><path class="solid" d="M8 2.5a5.5 5.5 0 0 1 0 11z"/></symbol>
<symbol id="icon-missing" viewBox="0 0 16 16"><path d="M4.5 4.5l7 7M11.5 4.5l-7 7"/></symbol>
<symbol id="icon-beyond_limit" viewBox="0 0 16 16"><path d="M4.5 2.5v11M7.5 8h6M11 5.5L13.5 8 11 10.5"/></symbol>
<symbol id="icon-appendix_only" viewBox="0 0 16 16"><path d="M4 2.5h5l3 3v8H4zM9 2.5v3h3"/></symbol>
<symbol id="icon-unknown" viewBox="0 0 16 16"><circle cx="8" cy="8" r="5.5"/></symbol>
</defs></svg>
)SVG";
}

std::string statusIcon(const std::string& status) {
    return R"(<svg class="icon" aria-hidden="true" focusable="false"><use href="#icon-)" + std::string(statusStyle(status).id) +
           R"("/></svg>)";
}

std::string baseName(const std::string& path) {
    const auto slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string describeWhere(const MetricNode& location) {
    const std::string file = location["file"].text();
    const std::string part = location["part"].text();
    const auto index = location["index"].number();
    const std::string number = index ? thousands(*index) : "";
    const bool pdf = file.size() > 4 && file.compare(file.size() - 4, 4, ".pdf") == 0;
    std::string place;
    if (part == "slide_title" || part == "slide_body") {
        place = "slide " + number;
    } else if (part == "notes") {
        place = "notes of slide " + number;
    } else if (part == "body" || part.empty()) {
        place = index ? (pdf ? "page " : "paragraph ") + number : "";
    } else {
        std::string words = part;
        for (auto& c : words) c = c == '_' ? ' ' : c;
        place = words + (index ? " " + number : "");
    }
    std::string text = file;
    if (!place.empty()) text += (text.empty() ? "" : ", ") + place;
    std::string headings;
    for (const auto& heading : location["heading_path"].items()) {
        headings += (headings.empty() ? "" : " \xE2\x80\xBA ") + heading.text();  // ›
    }
    if (!headings.empty()) text += " (" + headings + ")";
    return text;
}

}  // namespace showcase::report::html
