// The text report's verdict, built from hand-made metrics in the shapes the plugins' READMEs
// document: each plugin's line with and without its metrics, the gaps with their locations, and
// the words it must never use.
#include <catch2/catch.hpp>

#include <Poco/JSON/Parser.h>

#include <sstream>

#include "report/report.hpp"
#include "report/text_layout.hpp"

using showcase::Bundle;
using showcase::Document;
using showcase::Role;
using showcase::report::Report;
using showcase::report::TextStyle;
using showcase::report::toText;

namespace {

// Wide enough that no phrase a test looks for is broken across lines.
const TextStyle kPlain{1000, false};

Poco::JSON::Object::Ptr parseObject(const std::string& json) {
    Poco::JSON::Parser parser;
    return parser.parse(json).extract<Poco::JSON::Object::Ptr>();
}

Bundle oneReportBundle() {
    Bundle bundle;
    bundle.path = "bundle.zip";
    bundle.container = "zip";
    Document report;
    report.path = "Showcase report.docx";
    report.format = "docx";
    report.role = Role::Report;
    report.status = showcase::ReadStatus::Read;
    bundle.documents.push_back(report);
    return bundle;
}

// A report whose listed plugins all ran; `metrics` is the JSON report's "metrics" object.
Report reportWith(const Bundle& bundle, const std::string& metrics, const std::vector<std::string>& ran,
                  const std::string& profile = "highfield-report") {
    Report report;
    report.bundle = &bundle;
    report.profile = showcase::report::ProfileChoice{profile, "highfield", "report", "user", "chosen with --profile"};
    for (const auto& id : ran) report.runs.push_back({id, "1.0.0", "ok", ""});
    report.metrics = parseObject(metrics);
    return report;
}

// The verdict: everything before the detail's Findings heading.
std::string verdictOf(const std::string& text) { return text.substr(0, text.find("\nFindings\n")); }

const char* const kEvidenceMetrics = R"({"evidence-ksb": {
  "profile": "highfield-report",
  "criteria": [
    {"id": "M02-K1", "module": 2, "module_name": "Understanding the organisation", "grade": "pass",
     "text": "State the aims of the organisation in relation to its sector", "codes": ["K2.1"], "component": null,
     "status": "evidenced", "confidence": 0.86, "reason": "the section 'The aims of the organisation' names the sector",
     "evidence": [{"file": "Showcase report.docx",
                   "location": {"file": "Showcase report.docx", "part": "body", "index": 14,
                                "heading_path": ["Task 1", "The aims of the organisation"]},
                   "where": "paragraph 14, under 'The aims of the organisation'", "quote": "Kestrel is a charity",
                   "score": 0.81, "via": "text", "beyond_limit": false, "appendix": false}]},
    {"id": "M11-S2", "module": 11, "module_name": "Personal organisation", "grade": "pass",
     "text": "Use effective time management", "codes": [], "component": null,
     "status": "missing", "confidence": 0.1, "reason": "nothing speaks to it", "evidence": []},
    {"id": "M12-S3", "module": 12, "module_name": "Conflict", "grade": "pass", "text": "Explain next steps",
     "codes": [], "component": null, "status": "appendix_only", "confidence": 0.5, "reason": "",
     "evidence": [{"file": "Appendices/Witness.docx",
                   "location": {"file": "Appendices/Witness.docx", "part": "body", "index": 3},
                   "where": "paragraph 3", "quote": "She explained the next steps",
                   "score": 0.6, "via": "text", "beyond_limit": false, "appendix": true}]},
    {"id": "M15-D1", "module": 15, "module_name": "Team working", "grade": "distinction", "text": "Lead an improvement",
     "codes": [], "component": null, "status": "weak", "confidence": 0.4, "reason": "a bare mention", "evidence": []}
  ],
  "outcome": {
    "pass_evidenced": 27, "pass_total": 30,
    "distinction_evidenced": 6, "distinction_total": 10, "distinction_threshold": 7,
    "summary": "Evidence found for 27 of 30 pass criteria and 6 of 10 distinction criteria (7 needed for a distinction).",
    "modules": [], "components": [],
    "gaps": [{"id": "M11-S2", "status": "missing", "reason": "nothing speaks to it"},
             {"id": "M12-S3", "status": "appendix_only", "reason": ""},
             {"id": "M15-D1", "status": "weak", "reason": "a bare mention"}],
    "interview_prompts": [{"criterion": "M11-S2", "prompt": "Tell me about planning your day."}]
  }
}})";

}  // namespace

TEST_CASE("without any plugin's metrics every verdict line says it was not checked and why", "[report][text]") {
    const Bundle bundle = oneReportBundle();
    const Report report = reportWith(bundle, "{}", {});
    const std::string verdict = verdictOf(toText(report, kPlain));
    CHECK_THAT(verdict, Catch::Contains("Words       not checked: the limits-word-count plugin is not installed"));
    CHECK_THAT(verdict, Catch::Contains("Slides      not checked: the limits-slide-count plugin is not installed"));
    CHECK_THAT(verdict, Catch::Contains("Recordings  not checked: the limits-media-duration plugin is not installed"));
    CHECK_THAT(verdict, Catch::Contains("Sections    not checked: the structure-sections plugin is not installed"));
    CHECK_THAT(verdict, Catch::Contains("Criteria    not checked: the evidence-ksb plugin is not installed"));
    CHECK_THAT(verdict, Catch::Contains("Gaps: none found"));
}

TEST_CASE("a plugin that failed, or ran without a profile, is not checked, with the reason", "[report][text]") {
    const Bundle bundle = oneReportBundle();
    Report report = reportWith(bundle, "{}", {"structure-sections"}, "");
    report.runs.push_back({"evidence-ksb", "1.0.0", "failed", "criteria catalogue unreadable"});
    const std::string verdict = verdictOf(toText(report, kPlain));
    CHECK_THAT(verdict, Catch::Contains("not checked: evidence-ksb failed (criteria catalogue unreadable)"));
    CHECK_THAT(verdict, Catch::Contains("Sections    not checked: no profile (use --profile or --epao)"));
}

TEST_CASE("words: within the limit, over it with where the cut falls, and without a limit", "[report][text]") {
    const Bundle bundle = oneReportBundle();
    const std::string byFile = R"("by_file": [{"file": "Showcase report.docx", "words": 1, "icu_words": 1, "main_text_words": 1}])";
    SECTION("within") {
        const auto report = reportWith(bundle, R"({"limits-word-count": {"words": 4396, "icu_words": 4435, )" + byFile +
            R"(, "limit": {"min": null, "max": 4500, "tolerance": 0, "accepted_max": 4500}}})", {"limits-word-count"});
        CHECK_THAT(verdictOf(toText(report, kPlain)),
                   Catch::Contains("4,396 words (Word-compatible count; Unicode count 4,435), limit 4,500: within the limit"));
    }
    SECTION("over, with the cutoff as the gap's location") {
        const auto report = reportWith(bundle, R"({"limits-word-count": {"words": 4812, "icu_words": 4850, )" + byFile +
            R"(, "limit": {"min": null, "max": 4500, "tolerance": 0, "accepted_max": 4500},
              "cutoff": {"file": "Showcase report.docx", "part": "body", "index": 97, "heading_path": ["Task 3"],
                         "word_number": 4500, "word_in_block": 12, "word": "team", "quote": "the team ‖ agreed"}}})",
            {"limits-word-count"});
        const std::string verdict = verdictOf(toText(report, kPlain));
        CHECK_THAT(verdict, Catch::Contains("over the limit by 312; what follows will not be assessed"));
        CHECK_THAT(verdict, Catch::Contains("over  312 words beyond the accepted 4,500 will not be assessed — from word 4,501,"));
        CHECK_THAT(verdict, Catch::Contains("Showcase report.docx, body #97 (Task 3)"));
    }
    SECTION("over, within the tolerance") {
        const auto report = reportWith(bundle, R"({"limits-word-count": {"words": 3150, )" + byFile +
            R"(, "limit": {"min": null, "max": 3000, "tolerance": 10, "accepted_max": 3300}}})", {"limits-word-count"});
        CHECK_THAT(verdictOf(toText(report, kPlain)),
                   Catch::Contains("3,150 words, limit 3,000 + 10% (up to 3,300): over the limit by 150, within the tolerance"));
    }
    SECTION("no limit, and no report to count") {
        auto report = reportWith(bundle, R"({"limits-word-count": {"words": 940, "icu_words": 949, )" + byFile + R"(, "limit": null}})",
                                 {"limits-word-count"});
        CHECK_THAT(verdictOf(toText(report, kPlain)), Catch::Contains("940 words (Word-compatible count; Unicode count 949); no limit set"));
        report = reportWith(bundle, R"({"limits-word-count": {"words": 0, "by_file": [], "limit": null}})", {"limits-word-count"});
        CHECK_THAT(verdictOf(toText(report, kPlain)), !Catch::Contains("Words"));
    }
}

TEST_CASE("slides and recordings against their limits, with the slides and files past them", "[report][text]") {
    const Bundle bundle = oneReportBundle();
    const auto report = reportWith(bundle, R"({
      "limits-slide-count": {"limit": 35, "count_hidden": true, "words_per_minute": 130, "minutes": null,
        "decks": [{"path": "Deck one.pptx"}], "path": "Deck one.pptx", "role": "slides", "slides": 37, "hidden": 1,
        "visible": 36, "counted": 37, "beyond_limit": [36, 37], "speaking_minutes": 27.76},
      "limits-media-duration": {"max_minutes": 30, "tolerance_percent": 10, "accepted_seconds": 1980,
        "recordings": [{"path": "talk.mp4", "seconds": 2120.4, "within_limit": false},
                       {"path": "broken.wav", "seconds": null, "within_limit": null, "reason": "truncated"}],
        "total_seconds": 2120.4, "unmeasured": 1}})",
        {"limits-slide-count", "limits-media-duration"});
    const std::string verdict = verdictOf(toText(report, kPlain));
    CHECK_THAT(verdict, Catch::Contains("37 slides (1 hidden, counted), limit 35: over the limit; slides 36–37 will not be assessed"));
    CHECK_THAT(verdict, Catch::Contains("slides 36–37 past the limit of 35 will not be assessed — from Deck one.pptx, slide 36"));
    CHECK_THAT(verdict, Catch::Contains("2 recordings, longest 35 min 20 s (limit 30 min + 10%): 1 over the limit; 1 recording could"));
    CHECK_THAT(verdict, Catch::Contains("35 min 20 s (limit 30 min + 10%): what follows 33 min will not be assessed — in talk.mp4"));
    CHECK_THAT(verdict, Catch::Contains("the length could not be measured: truncated — in broken.wav"));
    // What will not be assessed comes before anything else.
    CHECK(verdict.find("over ") < verdict.find("unmeasured"));
}

TEST_CASE("slides over the limit with no slide numbers say what is past it in words", "[report][text]") {
    const Bundle bundle = oneReportBundle();
    const auto report = reportWith(bundle, R"({
      "limits-slide-count": {"limit": 35, "decks": [{"path": "Deck one.pptx"}], "path": "Deck one.pptx",
        "role": "slides", "slides": 37, "hidden": 0, "visible": 37, "counted": 37, "beyond_limit": []}})",
        {"limits-slide-count"});
    const std::string verdict = verdictOf(toText(report, kPlain));
    CHECK_THAT(verdict, Catch::Contains("37 slides, limit 35: over the limit; the rest will not be assessed"));
    CHECK_THAT(verdict, Catch::Contains("the slides past the limit of 35 will not be assessed — in Deck one.pptx"));
    CHECK_THAT(verdict, !Catch::Contains("slides  "));
}

TEST_CASE("missing sections are gaps placed after the section before them", "[report][text]") {
    const Bundle bundle = oneReportBundle();
    const auto report = reportWith(bundle, R"({"structure-sections": {"profile": "highfield-report", "template_kind": "sections",
      "template_sections": 18, "matched_sections": 17, "duplicated": [], "out_of_order": [],
      "missing": [{"id": "team", "order": 17, "title": "Working in a team"}],
      "sections": [{"heading": "Health and safety", "level": 2, "file": "Showcase report.docx", "part": "body", "index": 65,
                    "source": "style", "words": 257, "section": "health-safety", "template_order": 16},
                   {"heading": "Influencing others", "level": 2, "file": "Showcase report.docx", "part": "body", "index": 70,
                    "source": "style", "words": 413, "section": "influence", "template_order": 18}]}})",
        {"structure-sections"});
    const std::string verdict = verdictOf(toText(report, kPlain));
    CHECK_THAT(verdict, Catch::Contains("17 of 18 template sections found; missing 'Working in a team'"));
    CHECK_THAT(verdict, Catch::Contains("missing  section 'Working in a team' (17 of 18) — expected after 'Health and safety',"));
    CHECK_THAT(verdict, Catch::Contains("Showcase report.docx, body #65"));
}

TEST_CASE("components: required ones missing and what a found one lacks are gaps", "[report][text]") {
    const Bundle bundle = oneReportBundle();
    const auto report = reportWith(bundle, R"({"structure-sections": {"profile": "activeiq-components", "components": [
      {"id": "worksheet", "name": "Worksheet", "required": true, "file": "1 Worksheet.docx", "score": 1, "headings": 15,
       "questions": {"expected": 14, "answered": 12, "missing": ["5"], "unanswered": ["7"]}},
      {"id": "pdp", "name": "Personal development plan", "required": true, "file": null},
      {"id": "extra", "name": "Supporting testimony", "required": false, "file": null}]}})",
        {"structure-sections"});
    const std::string verdict = verdictOf(toText(report, kPlain));
    CHECK_THAT(verdict, Catch::Contains("Components  1 of 2 required components found; optional 'Supporting testimony' not found"));
    CHECK_THAT(verdict, Catch::Contains("component 'Personal development plan': no file looks like it"));
    CHECK_THAT(verdict, Catch::Contains("question 5 of the Worksheet not found — in 1 Worksheet.docx"));
    CHECK_THAT(verdict, Catch::Contains("question 7 of the Worksheet without an answer — in 1 Worksheet.docx"));
}

TEST_CASE("criteria: evidence found out of the total, and each gap with where its best evidence is", "[report][text]") {
    const Bundle bundle = oneReportBundle();
    const auto report = reportWith(bundle, kEvidenceMetrics, {"evidence-ksb"});
    const std::string text = toText(report, kPlain);
    const std::string verdict = verdictOf(text);
    CHECK_THAT(verdict, Catch::Contains("Criteria    evidence found for 27 of 30 pass criteria and 6 of 10 distinction criteria (7"));
    CHECK_THAT(verdict, Catch::Contains("missing   M11-S2: nothing speaks to it\n"));
    CHECK_THAT(verdict, Catch::Contains("appendix  M12-S3: evidence only in appendices — best at Appendices/Witness.docx, paragraph 3"));
    CHECK_THAT(verdict, Catch::Contains("weak      M15-D1 (distinction): a bare mention"));
    // A missing pass criterion comes before a distinction one.
    CHECK(verdict.find("M11-S2") < verdict.find("M15-D1"));
    // The detail lists every criterion with its status.
    CHECK_THAT(text, Catch::Contains("M02-K1 evidence found"));
    CHECK_THAT(text, Catch::Contains("M11-S2 no evidence found"));
    // Triage, never a grade.
    CHECK_THAT(text, !Catch::Contains("passed") && !Catch::Contains("Passed"));
}

TEST_CASE("criteria counted from the criteria themselves when the outcome is absent", "[report][text]") {
    const Bundle bundle = oneReportBundle();
    auto metrics = parseObject(kEvidenceMetrics);
    metrics->getObject("evidence-ksb")->remove("outcome");
    Report report = reportWith(bundle, "{}", {"evidence-ksb"});
    report.metrics = metrics;
    const std::string verdict = verdictOf(toText(report, kPlain));
    CHECK_THAT(verdict, Catch::Contains("evidence found for 1 of 3 pass criteria and 0 of 1 distinction criteria"));
    CHECK_THAT(verdict, Catch::Contains("M11-S2: nothing speaks to it"));
}

TEST_CASE("the verdict keeps to one screen: the rest of the gaps are left to the detail", "[report][text]") {
    const Bundle bundle = oneReportBundle();
    std::string missing;
    for (int order = 1; order <= 20; ++order) {
        missing += std::string(order > 1 ? "," : "") + R"({"id": "s)" + std::to_string(order) + R"(", "order": )" +
                   std::to_string(order) + R"(, "title": "Section )" + std::to_string(order) + "\"}";
    }
    const auto report = reportWith(bundle, R"({"structure-sections": {"template_kind": "sections", "template_sections": 20,
      "missing": [)" + missing + "]}}", {"structure-sections"});
    const std::string verdict = verdictOf(toText(report, kPlain));
    CHECK_THAT(verdict, Catch::Contains("missing 20 (see the gaps)"));
    CHECK_THAT(verdict, Catch::Contains("Section 8'") && !Catch::Contains("Section 9'"));
    CHECK_THAT(verdict, Catch::Contains("… and 12 more in the detail below"));
}

TEST_CASE("colour codes appear only when the style allows them", "[report][text]") {
    const Bundle bundle = oneReportBundle();
    const auto report = reportWith(bundle, kEvidenceMetrics, {"evidence-ksb"});
    CHECK_THAT(toText(report, TextStyle{100, true}), Catch::Contains("\033["));
    CHECK_THAT(toText(report, kPlain), !Catch::Contains("\033"));
}

TEST_CASE("every line of the report fits the width, but for words longer than a line", "[report][text]") {
    const Bundle bundle = oneReportBundle();
    const auto report = reportWith(bundle, kEvidenceMetrics, {"evidence-ksb"});
    for (const std::size_t width : {40, 60, 80}) {
        std::istringstream lines(toText(report, TextStyle{width, false}));
        for (std::string line; std::getline(lines, line);) {
            INFO(width << ": " << line);
            const bool oneLongWord = line.find(' ', line.find_first_not_of(' ')) == std::string::npos;
            // The first line holds the bundle's path, which is never broken.
            if (line.rfind("showcase ", 0) != 0 && !oneLongWord) CHECK(showcase::report::text::displayWidth(line) <= width);
        }
    }
}
