// The HTML report of each sample, byte for byte against tests/golden/*.check.html with the same
// masks as the other golden files (the bundle's path, the tool's version) and one more: the style
// sheet, so that a change of presentation (checked by the palette test and in the browser by
// tests/e2e) does not rewrite every golden file. Also the promises every page keeps:
// self-contained, no script, English, titled. SHOWCASE_UPDATE_GOLDEN=1 rewrites them.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include "support/run_process.hpp"
#include "support/golden_file.hpp"
#include "support/test_paths.hpp"

using showcase::test::runShowcase;
using showcase::test::ScratchFolder;
using showcase::test::compareWithGolden;
using showcase::test::readFile;
using showcase::test::sourcePath;

namespace {

std::string masked(std::string text, const std::string& bundlePath) {
    for (std::size_t at = text.find(bundlePath); at != std::string::npos; at = text.find(bundlePath, at)) {
        text.replace(at, bundlePath.size(), "<BUNDLE>");
    }
    const auto styleStart = text.find("<style>");
    const auto styleEnd = text.find("</style>");
    if (styleStart != std::string::npos && styleEnd != std::string::npos && styleStart < styleEnd) {
        text.replace(styleStart, styleEnd - styleStart, "<style><STYLE SHEET>");
    }
    return std::regex_replace(text, std::regex(R"(showcase [0-9]+\.[0-9]+\.[0-9]+)"), "showcase <VERSION>");
}

// Nothing a browser would fetch: no script, no external style, font, image or frame.
void checkSelfContained(const std::string& page) {
    CHECK_THAT(page, Catch::StartsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    CHECK(std::regex_search(page, std::regex("<title>Showcase check: [^<]+</title>")));
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("<link") == std::string::npos);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("<iframe") == std::string::npos);
    CHECK(page.find("@import") == std::string::npos);
    CHECK(page.find("@font-face") == std::string::npos);
    CHECK_FALSE(std::regex_search(page, std::regex(R"((src|href)\s*=\s*"(?!#))")));
    CHECK_FALSE(std::regex_search(page, std::regex(R"(url\((?!#))")));
}

}  // namespace

TEST_CASE("the HTML report of each sample matches its golden file", "[golden][html]") {
    auto [sample, profile] = GENERATE(table<std::string, std::string>({
        {"highfield-report.zip", "highfield-report"},
        {"tquk-presentation.tar.gz", "tquk-presentation"},
        {"activeiq-components.zip", "activeiq-components"},
        {"gateway-journal", "gateway-journal"},
    }));
    const std::string bundle = sourcePath("samples/" + sample);
    const auto result = runShowcase({"check", bundle, "--profile", profile, "--format", "html"});
    INFO(result.err);
    CHECK((result.exitCode == 0 || result.exitCode == 1));
    checkSelfContained(result.out);  // before masking: the style sheet must not fetch either
    const std::string actual = masked(result.out, bundle);
    showcase::test::compareWithGolden(actual, sample + ".check.html");
}

TEST_CASE("check --format html --output writes one page to the file and nothing to standard output", "[cli][html]") {
    ScratchFolder scratch("html-output");
    const std::string file = scratch.path() + "/report.html";
    const auto result = runShowcase({"check", sourcePath("samples/tquk-presentation.tar.gz"), "--profile",
                                     "tquk-presentation", "--format", "html", "--output", file});
    INFO(result.err);
    CHECK(result.exitCode == 1);  // 37 slides against a limit of 35 is an error finding
    CHECK(result.out.empty());
    const std::string page = readFile(file);
    checkSelfContained(page);
    CHECK_THAT(page, Catch::Contains("slides 36\xE2\x80\x93" "37 are past it and will not be assessed"));
}

TEST_CASE("only check takes --format html: the other commands refuse it", "[cli][html]") {
    auto command = GENERATE(as<std::vector<std::string>>{}, std::vector<std::string>{"plugins"},
                            std::vector<std::string>{"profiles"}, std::vector<std::string>{"dump", "x.zip"});
    command.insert(command.end(), {"--format", "html"});
    const auto result = runShowcase(command);
    CHECK(result.exitCode == 64);
    CHECK_THAT(result.err, Catch::Contains("--format html is for 'check' only"));
    CHECK(result.out.empty());
}

TEST_CASE("the help names the HTML format", "[cli][html]") {
    const auto help = runShowcase({"--help"});
    CHECK_THAT(help.out, Catch::Contains("check also takes html"));
}

TEST_CASE("a missing criterion's cell quotes the passages that came nearest, or says none came near", "[cli][html]") {
    const auto result = runShowcase({"check", sourcePath("samples/gateway-journal"), "--profile", "gateway-journal", "--format", "html"});
    INFO(result.err);
    const auto cellOf = [&](const std::string& id) {
        const auto start = result.out.find("id=\"criterion-" + id + "\"");
        REQUIRE(start != std::string::npos);
        return result.out.substr(start, result.out.find("</details>", start) - start);
    };
    const std::string near = cellOf("M02-K1");
    CHECK_THAT(near, Catch::Contains("<span class=\"status-label\">Missing</span>"));
    CHECK_THAT(near, Catch::Contains("the nearest:</p><ul class=\"evidence\"><li><blockquote>"));
    CHECK_THAT(near, Catch::Contains("paragraph 5 under &#39;3 March 2026&#39; of reflective-journal.md"));
    const std::string none = cellOf("M03-K3");
    CHECK_THAT(none, Catch::Contains("No passage was found."));
    CHECK_THAT(none, !Catch::Contains("<blockquote>"));
}
