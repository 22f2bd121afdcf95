// The criteria grid: one row per module, pass and distinction criteria as cells that open (a
// <details> element, so keyboard-operable and script-free) onto the passages behind the status.
#include <cmath>
#include <map>

#include "html_escape.hpp"
#include "html_sections.hpp"

namespace showcase::report::html {
namespace {

const char* kNotRun = "<p class=\"note\">The evidence check (evidence-ksb) did not run, so no criteria were looked for.</p>\n";

std::string viaWords(const std::string& via) {
    if (via == "tag") return "cites the criterion";
    if (via == "section") return "in the criterion's template section";
    if (via == "text") return "matched by wording";
    return via.empty() ? "" : "matched by " + via;
}

std::string passage(const MetricNode& evidence) {
    // The plugin's own words for the place ("paragraph 14, under 'The aims'"), with the file name
    // when they do not give it; else the place spelt out from the location.
    const std::string where = evidence["where"].text();
    const std::string file = evidence["file"].text(evidence["location"]["file"].text());
    const bool namesFile = file.empty() || where.find(file) != std::string::npos;
    const std::string place = where.empty() ? describeWhere(evidence["location"]) : namesFile ? where : file + ", " + where;
    std::string out = "<li><blockquote>" + escape(evidence["quote"].text()) + "</blockquote><p class=\"where\">" + escape(place);
    const std::string via = viaWords(evidence["via"].text());
    if (!via.empty()) out += "; " + escape(via);
    if (evidence["beyond_limit"].flag()) out += "; <strong>past the limit</strong>";
    if (evidence["appendix"].flag()) out += "; <strong>in an appendix</strong>";
    return out + "</p></li>";
}

std::string criterionCell(const MetricNode& criterion) {
    const std::string id = criterion["id"].text();
    const StatusStyle style = statusStyle(criterion["status"].text());
    std::string codes;
    for (const auto& code : criterion["codes"].items()) codes += (codes.empty() ? "" : ", ") + code.text();
    std::string out = "<li><details class=\"criterion st-" + std::string(style.id) + "\" id=\"" + anchorId("criterion-", id) + "\">";
    out += "<summary><span class=\"swatch\" aria-hidden=\"true\"></span>" + statusIcon(style.id) + "<span class=\"criterion-id\">" +
           escape(id) + "</span>";
    if (!codes.empty()) out += "<span class=\"criterion-codes\">" + escape(codes) + "</span>";
    const std::string label = statusLabel(criterion["status"].text());
    out += "<span class=\"status-label\">" + escape(label) + "</span></summary>\n<div class=\"criterion-body\">";
    out += "<p>" + escape(criterion["text"].text()) + "</p>";
    const std::string reason = criterion["reason"].text();
    if (!reason.empty()) out += "<p><strong>Why " + escape(label) + ":</strong> " + escape(reason) + "</p>";
    const auto evidence = criterion["evidence"].items();
    const auto nearest = criterion["nearest"].items();
    const auto& quoted = evidence.empty() ? nearest : evidence;
    if (quoted.empty()) {
        out += "<p class=\"note\">No passage was found.</p>";
    } else {
        // A missing criterion's nearest passages are what a person checks the call against.
        if (evidence.empty()) out += "<p class=\"note\">No passage speaks to it strongly enough; the nearest:</p>";
        out += "<ul class=\"evidence\">";
        for (const auto& item : quoted) out += passage(item);
        out += "</ul>";
    }
    return out + "</div></details></li>\n";
}

struct ModuleRow {
    std::string name;
    std::string pass;
    std::string distinction;
    int passEvidenced = 0, passTotal = 0, distinctionEvidenced = 0, distinctionTotal = 0;
};

std::string counts(int evidenced, int total, const char* grade) {
    return std::to_string(evidenced) + " of " + std::to_string(total) + " " + grade;
}

std::string legend() {
    std::string out = "<ul class=\"legend\" aria-label=\"What each status means\">";
    for (const auto& style : statusStyles()) {
        out += std::string("<li class=\"chip st-") + style.id + "\"><span class=\"swatch\" aria-hidden=\"true\"></span>" +
               statusIcon(style.id) + "<span class=\"legend-text\"><strong>" + style.label + "</strong>: " + style.explanation +
               "</span></li>";
    }
    return out + "</ul>\n";
}

std::string componentsTable(const MetricNode& components) {
    const auto items = components.items();
    if (items.empty()) return "";
    std::string out = "<table>\n<caption>Evidence by component</caption>\n<thead><tr><th scope=\"col\">Component</th>"
                      "<th scope=\"col\">Pass</th><th scope=\"col\">Distinction</th></tr></thead>\n<tbody>\n";
    for (const auto& component : items) {
        const auto number = [&](const char* key) { return static_cast<int>(std::lround(component[key].number().value_or(0))); };
        out += "<tr><th scope=\"row\">" + escape(component["name"].text(component["id"].text())) + "</th><td>" +
               counts(number("pass_evidenced"), number("pass_total"), "evidenced") + "</td><td>" +
               counts(number("distinction_evidenced"), number("distinction_total"), "evidenced") + "</td></tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

}  // namespace

std::string criteriaPart(const MetricNode& metrics) {
    std::string out = "<section id=\"criteria\" aria-labelledby=\"criteria-title\">\n<h2 id=\"criteria-title\">Criteria by module</h2>\n";
    const MetricNode evidenceCheck = metrics["evidence-ksb"];
    const auto criteria = evidenceCheck["criteria"].items();
    if (evidenceCheck.empty() || criteria.empty()) return out + kNotRun + "</section>\n";
    // Modules in the order their first criterion comes (the catalogue's order).
    std::vector<long long> order;
    std::map<long long, ModuleRow> modules;
    for (const auto& criterion : criteria) {
        const long long number = std::llround(criterion["module"].number().value_or(0));
        if (!modules.count(number)) order.push_back(number);
        ModuleRow& row = modules[number];
        if (row.name.empty()) row.name = criterion["module_name"].text();
        const bool evidenced = criterion["status"].text() == "evidenced";
        if (criterion["grade"].text() == "distinction") {
            row.distinction += criterionCell(criterion);
            row.distinctionTotal += 1;
            row.distinctionEvidenced += evidenced ? 1 : 0;
        } else {
            row.pass += criterionCell(criterion);
            row.passTotal += 1;
            row.passEvidenced += evidenced ? 1 : 0;
        }
    }
    out += legend();
    out += "<p class=\"muted\">Open a criterion to see the passages behind its status and where they are.</p>\n";
    out += "<table class=\"criteria\">\n<caption class=\"visually-hidden\">Status of each pass and distinction criterion, by module</caption>\n"
           "<thead><tr><th scope=\"col\">Module</th><th scope=\"col\">Pass criteria</th><th scope=\"col\">Distinction criteria</th></tr></thead>\n<tbody>\n";
    for (const long long number : order) {
        const ModuleRow& row = modules[number];
        out += "<tr><th scope=\"row\"><span class=\"module-name\">" + std::to_string(number) + ". " + escape(row.name) +
               "</span><span class=\"module-counts\">" + counts(row.passEvidenced, row.passTotal, "pass") + "; " +
               counts(row.distinctionEvidenced, row.distinctionTotal, "distinction") + " evidenced</span></th>\n";
        out += "<td>" + (row.pass.empty() ? std::string("<span class=\"muted\">none</span>") : "<ul class=\"criterion-list\">\n" + row.pass + "</ul>") + "</td>\n";
        out += "<td>" + (row.distinction.empty() ? std::string("<span class=\"muted\">none</span>") : "<ul class=\"criterion-list\">\n" + row.distinction + "</ul>") +
               "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
    out += componentsTable(evidenceCheck["outcome"]["components"]);
    return out + "</section>\n";
}

std::string promptsPart(const MetricNode& metrics) {
    std::string out = "<section id=\"prompts\" aria-labelledby=\"prompts-title\">\n<h2 id=\"prompts-title\">Interview prompts</h2>\n";
    const MetricNode evidenceCheck = metrics["evidence-ksb"];
    if (evidenceCheck.empty()) return out + kNotRun + "</section>\n";
    std::map<std::string, std::string> statusOf;
    for (const auto& criterion : evidenceCheck["criteria"].items()) statusOf[criterion["id"].text()] = criterion["status"].text();
    const auto prompts = evidenceCheck["outcome"]["interview_prompts"].items();
    if (prompts.empty()) return out + "<p>No prompts: no criterion needs one.</p>\n</section>\n";
    out += "<p>Questions for the interview about the criteria without strong evidence in the showcase.</p>\n<ol class=\"prompts\">\n";
    for (const auto& prompt : prompts) {
        const std::string id = prompt["criterion"].text();
        out += "<li><a href=\"#" + anchorId("criterion-", id) + "\">" + escape(id) + "</a>";
        if (statusOf.count(id)) out += " <span class=\"muted\">(" + escape(statusStyle(statusOf[id]).label) + ")</span>";
        out += ": " + escape(prompt["prompt"].text()) + "</li>\n";
    }
    return out + "</ol>\n</section>\n";
}

}  // namespace showcase::report::html
