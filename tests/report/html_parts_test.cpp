// The parts of the HTML report built from metrics: the criteria grid, the word bars, the slide
// strip, and what each says when its plugin's metrics are missing.
#include <catch2/catch.hpp>

#include <Poco/JSON/Parser.h>

#include <regex>

#include "report/html_report.hpp"
#include "report/html_sections.hpp"
#include "report/html_fixture_report.hpp"
#include "support/test_paths.hpp"

using showcase::report::html::MetricNode;
using showcase::test::sourcePath;

namespace {

MetricNode metricsOf(const std::string& json) {
    Poco::JSON::Parser parser;
    return MetricNode(parser.parse(json).extract<Poco::JSON::Object::Ptr>());
}

showcase::test::FixtureReport fixture() {
    return showcase::test::reportFromJsonFile(sourcePath("tests/report/html_fixture_highfield_report.json"));
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++count;
    return count;
}

}  // namespace

TEST_CASE("the criteria grid has a row per module and a cell per criterion that opens onto its evidence", "[report][html]") {
    const auto data = fixture();
    const std::string grid = showcase::report::html::criteriaPart(MetricNode(data.report.metrics));
    CHECK(occurrences(grid, "<tr><th scope=\"row\">") == 10);  // the ten showcase modules
    CHECK(occurrences(grid, "<details class=\"criterion") == 40);
    CHECK(occurrences(grid, "<summary>") == 40);
    CHECK(occurrences(grid, "class=\"criterion st-evidenced\"") == 34);
    CHECK(occurrences(grid, "class=\"criterion st-weak\"") == 2);
    CHECK(occurrences(grid, "class=\"criterion st-missing\"") == 1);
    CHECK(occurrences(grid, "class=\"criterion st-beyond_limit\"") == 2);
    CHECK(occurrences(grid, "class=\"criterion st-appendix_only\"") == 1);
    SECTION("each cell says its status in words and draws its icon, not only a colour") {
        const std::regex cell(R"re(<summary><span class="swatch" aria-hidden="true"></span><svg class="icon"[^>]*><use href="#icon-(\w+)"/></svg><span class="criterion-id">[^<]+</span>(<span class="criterion-codes">[^<]+</span>)?<span class="status-label">([^<]+)</span></summary>)re");
        std::size_t cells = 0;
        for (auto it = std::sregex_iterator(grid.begin(), grid.end(), cell); it != std::sregex_iterator(); ++it, ++cells) {
            CHECK(showcase::report::html::statusStyle((*it)[1]).label == (*it)[3].str());
        }
        CHECK(cells == 40);
    }
    SECTION("a cell holds the criterion, the reason and each quote with where it is") {
        const auto start = grid.find("id=\"criterion-M11-S2\"");
        REQUIRE(start != std::string::npos);
        const std::string cell = grid.substr(start, grid.find("</details>", start) - start);
        CHECK_THAT(cell, Catch::Contains("Use appropriate tools and techniques to monitor the progress of tasks completion"));
        CHECK_THAT(cell, Catch::Contains("<strong>Why Weak:</strong> names the tools"));
        CHECK_THAT(cell, Catch::Contains("<blockquote>To monitor progress I tick items off the planner"));
        CHECK_THAT(cell, Catch::Contains("Showcase report - Megan Hollis.docx, paragraph 58, under &#39;Planning and prioritising tasks&#39;; in the criterion&#39;s template section"));
    }
    SECTION("a criterion with nothing found says so") {
        const auto start = grid.find("id=\"criterion-M03-K5\"");
        CHECK_THAT(grid.substr(start, 1500), Catch::Contains("No passage was found."));
    }
    SECTION("pass and distinction criteria are in their own columns") {
        const auto row = grid.find("15. Team working");
        REQUIRE(row != std::string::npos);
        const std::string text = grid.substr(row, grid.find("</tr>", row) - row);
        const auto secondCell = text.find("</td>\n<td>");
        CHECK(text.find("criterion-M15-B1") < secondCell);
        CHECK(text.find("criterion-M15-B4") > secondCell);
        CHECK_THAT(text, Catch::Contains("2 of 3 pass; 1 of 2 distinction evidenced"));
    }
}

TEST_CASE("interview prompts link to their criteria", "[report][html]") {
    const auto data = fixture();
    const std::string prompts = showcase::report::html::promptsPart(MetricNode(data.report.metrics));
    CHECK(occurrences(prompts, "<li><a href=\"#criterion-") == 6);
    CHECK_THAT(prompts, Catch::Contains("<a href=\"#criterion-M03-K5\">M03-K5</a> <span class=\"muted\">(Missing)</span>: Is there a code"));
}

TEST_CASE("word bars: sections against their ranges on one scale, the total against the limit and the cut-off", "[report][html]") {
    const auto data = fixture();
    const std::string words = showcase::report::html::wordCountPart(MetricNode(data.report.metrics));
    CHECK(occurrences(words, "<svg class=\"bar\"") == 18);  // the Highfield template's sections
    CHECK(occurrences(words, "<rect class=\"range\"") == 17);  // the appendix has no range
    CHECK_THAT(words, Catch::Contains("<strong>4,396 words</strong>"));
    CHECK_THAT(words, Catch::Contains("Limit 4,200: 196 words over."));
    CHECK_THAT(words, Catch::Contains("<svg class=\"bar total-bar\""));
    CHECK_THAT(words, Catch::Contains("<rect class=\"over\""));
    CHECK_THAT(words, Catch::Contains("The limit is reached at word 4,200</strong>, in Showcase report - Megan Hollis.docx, paragraph 105"));
    CHECK_THAT(words, Catch::Contains("Working in a team<span class=\"flag flag-over\">word limit reached here</span></th><td class=\"number\">358</td><td>about 400</td><td>42 under</td>"));
    CHECK_THAT(words, Catch::Contains("Appendix<span class=\"flag flag-over\">not counted: back matter</span></th><td class=\"number\">219</td><td><span class=\"muted\">none given</span></td><td></td>"));
    CHECK_THAT(words, Catch::Contains("The aims of the organisation</th><td class=\"number\">145</td><td>100\xE2\x80\x93" "150</td><td>within</td>"));
    SECTION("bars share one scale: the longest section sets it") {
        // 413 words is the most (How to influence others); the scale is 413 * 1.1, 300 units wide.
        CHECK_THAT(words, Catch::Contains("<rect class=\"fill\" x=\"0.0\" y=\"6.0\" width=\"272.7\" height=\"8.0\"/>"));
    }
}

TEST_CASE("the slide strip marks hidden slides and slides past the limit", "[report][html]") {
    const std::string json = R"({"limits-slide-count": {"decks": [{"path": "deck <1>.pptx", "role": "slides", "slides": 5,
        "hidden": 1, "visible": 4, "notes_slides": 0, "limit": 3, "beyond_limit": [4, 5], "per_slide": [
        {"number": 1, "title": "Hello", "hidden": false}, {"number": 2, "title": "Secret", "hidden": true},
        {"number": 3, "title": "Three", "hidden": false}, {"number": 4, "title": "Four", "hidden": false},
        {"number": 5, "title": "Five & more", "hidden": false}]}]}})";
    const std::string slides = showcase::report::html::slidesPart(metricsOf(json));
    CHECK(occurrences(slides, "<li class=\"slide") == 5);
    CHECK(occurrences(slides, "<li class=\"slide is-hidden\"") == 1);
    CHECK(occurrences(slides, "<li class=\"slide is-beyond") == 2);
    CHECK(occurrences(slides, "first-beyond") == 1);
    CHECK_THAT(slides, Catch::Contains("key slide-key is-hidden") && Catch::Contains("key slide-key is-beyond"));
    CHECK_THAT(slides, Catch::Contains("slides 4\xE2\x80\x93" "5 are past it and will not be assessed"));
    CHECK_THAT(slides, Catch::Contains("<h3>deck &lt;1&gt;.pptx</h3>"));
    CHECK_THAT(slides, Catch::Contains("title=\"Five &amp; more\""));
}

TEST_CASE("every part says in words when its plugin's metrics are missing", "[report][html]") {
    auto data = fixture();
    data.report.metrics = new Poco::JSON::Object;
    const MetricNode none(data.report.metrics);
    CHECK_THAT(showcase::report::html::wordCountPart(none), Catch::Contains("the limits-word-count check did not run"));
    CHECK_THAT(showcase::report::html::wordCountPart(none), Catch::Contains("the structure-sections check did not run"));
    CHECK_THAT(showcase::report::html::slidesPart(none), Catch::Contains("the limits-slide-count check did not run"));
    CHECK_THAT(showcase::report::html::criteriaPart(none), Catch::Contains("evidence-ksb) did not run"));
    CHECK_THAT(showcase::report::html::promptsPart(none), Catch::Contains("evidence-ksb) did not run"));
    CHECK_THAT(showcase::report::html::headerPart(data.report, none), Catch::Contains("No criteria were looked for"));
    SECTION("a whole report without metrics is still a complete page") {
        data.report.metrics = nullptr;
        const std::string page = showcase::report::toHtml(data.report);
        CHECK_THAT(page, Catch::StartsWith("<!DOCTYPE html>") && Catch::EndsWith("</html>\n"));
    }
    SECTION("metrics of an unexpected shape are read as missing, never thrown over") {
        const MetricNode odd = metricsOf(R"({"limits-word-count": {"words": "many", "by_file": 3, "limit": [1]},
            "limits-slide-count": {"decks": {"not": "a list"}}, "structure-sections": {"sections": [null, 7, {"section": 5}]},
            "evidence-ksb": {"criteria": [{"id": null, "status": 7, "evidence": "none"}], "outcome": []}})");
        CHECK_NOTHROW(showcase::report::html::wordCountPart(odd));
        CHECK_NOTHROW(showcase::report::html::slidesPart(odd));
        CHECK_THAT(showcase::report::html::criteriaPart(odd), Catch::Contains("Unknown") || Catch::Contains("7"));
        CHECK_NOTHROW(showcase::report::html::promptsPart(odd));
    }
}

TEST_CASE("the header gives the bundle, the profile and the outcome, never a pass", "[report][html]") {
    const auto data = fixture();
    const std::string header = showcase::report::html::headerPart(data.report, MetricNode(data.report.metrics));
    CHECK_THAT(header, Catch::Contains("<h1>highfield-report.zip</h1>"));
    CHECK_THAT(header, Catch::Contains("<strong>highfield-report</strong>: EPAO highfield, option report (chosen with --profile)"));
    CHECK_THAT(header, Catch::Contains("Evidence found for 28 of 30 pass criteria and 6 of 10 distinction criteria"));
    CHECK_THAT(header, !Catch::Contains("passed", Catch::CaseSensitive::No));
}

TEST_CASE("text from the bundle is escaped everywhere in the page", "[report][html]") {
    auto data = fixture();
    const std::string hostile = "<img src=x onerror=alert(1)>\"'&";
    data.bundle->path = "/tmp/" + hostile + ".zip";
    data.bundle->documents.front().path = hostile;
    data.bundle->documents.front().status = showcase::ReadStatus::Error;
    data.bundle->documents.front().message = hostile;
    data.bundle->notices.push_back({hostile, "unsafe-path", hostile});
    data.report.findings.push_back({"x", showcase::Severity::Error, hostile, std::nullopt, std::nullopt,
                                    showcase::Location{hostile, std::nullopt, 0, {hostile}}});
    const std::string page = showcase::report::toHtml(data.report);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("onerror=alert(1)>") == std::string::npos);
    CHECK(occurrences(page, "&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;") >= 8);
    CHECK(page.find("<script") == std::string::npos);
}

TEST_CASE("without a template the bars show the count's own sections, and a count within its limit has no overflow", "[report][html]") {
    const std::string words = showcase::report::html::wordCountPart(metricsOf(R"({"limits-word-count": {"words": 1200,
        "icu_words": 1210, "by_file": [{"file": "r.docx"}], "limit": {"min": 1000, "max": 3000, "tolerance": 10, "accepted_max": 3300},
        "by_section": [{"file": "r.docx", "heading": "Intro <1>", "words": 700}, {"file": "r.docx", "heading": "Task", "words": 500}]}})"));
    CHECK_THAT(words, Catch::Contains("Limit 3,000 (accepted up to 3,300): within it. Minimum 1,000."));
    CHECK(words.find("<rect class=\"over\"") == std::string::npos);
    CHECK(words.find("past the limit") == std::string::npos);
    CHECK_THAT(words, Catch::Contains("<line class=\"minimum\"") && Catch::Contains("<line class=\"accepted\"") &&
                          Catch::Contains("limit with its tolerance</li>") && Catch::Contains("minimum</li>"));
    CHECK(occurrences(words, "<svg class=\"bar\"") == 2);
    CHECK_THAT(words, Catch::Contains("class=\"word-sections no-ranges\"") && Catch::Contains("Words under each top-level heading"));
    CHECK_THAT(words, Catch::Contains("<th scope=\"row\">Intro &lt;1&gt;</th>"));
    CHECK(words.find("Recommended") == std::string::npos);
}

TEST_CASE("a deck with nothing to mark gets no legend of marks", "[report][html]") {
    const std::string slides = showcase::report::html::slidesPart(metricsOf(R"({"limits-slide-count": {"decks": [{"path": "d.pptx",
        "role": "slides", "slides": 2, "hidden": 0, "visible": 2, "limit": null, "beyond_limit": [],
        "per_slide": [{"number": 1, "title": "A", "hidden": false}, {"number": 2, "title": "B", "hidden": false}]}]}})"));
    CHECK(occurrences(slides, "<li class=\"slide\"") == 2);
    CHECK_THAT(slides, Catch::Contains("No slide limit applies."));
    CHECK(slides.find("bar-legend") == std::string::npos);
}
