// The HTML report's document: head, skip link, contents and the parts in reading order.
#include "html_report.hpp"

#include "html_escape.hpp"
#include "html_sections.hpp"
#include "showcase_version.hpp"

namespace showcase::report {

std::string toHtml(const Report& report) {
    const html::MetricNode metrics(report.metrics);
    const std::string bundleName = html::baseName(report.bundle->path);
    std::string page;
    page.reserve(64 * 1024);
    page += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    // Defence in depth behind the escaping: even injected markup could neither run a script nor
    // fetch anything, so opening the attachment never reaches the network.
    page += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n";
    page += "<meta name=\"generator\" content=\"showcase " + html::escape(kVersion) + "\">\n";
    page += "<title>Showcase check: " + html::escape(bundleName) + "</title>\n";
    page += "<style>" + html::styleSheet() + "</style>\n</head>\n<body>\n";
    page += "<a class=\"skip-link\" href=\"#main\">Skip to the report</a>\n";
    page += html::svgDefinitions();
    page += html::headerPart(report, metrics);
    page += R"(<nav class="contents" aria-label="Contents"><ol>)"
            R"(<li><a href="#words">Word counts</a></li><li><a href="#slides">Slides</a></li>)"
            R"(<li><a href="#criteria">Criteria</a></li><li><a href="#prompts">Interview prompts</a></li>)"
            R"(<li><a href="#excluded">Left out and unread</a></li><li><a href="#findings">All findings</a></li>)"
            "</ol></nav>\n";
    // tabindex=-1 lets the skip link move keyboard focus, not only the scroll position.
    page += "<main id=\"main\" tabindex=\"-1\">\n";
    page += html::wordCountPart(metrics);
    page += html::slidesPart(metrics);
    page += html::criteriaPart(metrics);
    page += html::promptsPart(metrics);
    page += html::exclusionsPart(report, metrics);
    page += html::findingsPart(report);
    page += "</main>\n<footer class=\"report-footer\"><p>Made by showcase " + html::escape(kVersion) +
            ". Triage for an assessor, never a grade: every status comes with the passages behind it or the "
            "reason none were found.</p></footer>\n</body>\n</html>\n";
    return page;
}

}  // namespace showcase::report
