// Golden files: the dump and the reports of our samples, byte for byte, with the parts that change
// from machine to machine (the bundle's path, the tool's version) masked. To accept a deliberate
// change, run with SHOWCASE_UPDATE_GOLDEN=1 and review the diff of tests/golden/.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include "support/run_process.hpp"
#include "support/golden_file.hpp"
#include "support/test_paths.hpp"

using showcase::test::runShowcase;
using showcase::test::compareWithGolden;
using showcase::test::readFile;
using showcase::test::sourcePath;

namespace {

std::string masked(std::string text, const std::string& bundlePath) {
    for (std::size_t at = text.find(bundlePath); at != std::string::npos; at = text.find(bundlePath, at)) {
        text.replace(at, bundlePath.size(), "<BUNDLE>");
    }
    text = std::regex_replace(text, std::regex(R"("version": "[^"]*")"), R"("version": "<VERSION>")");
    text = std::regex_replace(text, std::regex(R"(showcase [0-9]+\.[0-9]+\.[0-9]+)"), "showcase <VERSION>");
    return text;
}

}  // namespace

TEST_CASE("the dump of each sample matches its golden file", "[golden]") {
    auto sample = GENERATE(as<std::string>{}, "highfield-report.zip", "tquk-presentation.tar.gz",
                           "activeiq-components.zip", "gateway-journal");
    const std::string bundle = sourcePath("samples/" + sample);
    const auto result = runShowcase({"dump", bundle});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    compareWithGolden(masked(result.out, bundle), sample + ".dump.json");
}

TEST_CASE("the text and JSON reports of each sample match their golden files", "[golden]") {
    auto sample = GENERATE(as<std::string>{}, "highfield-report.zip", "tquk-presentation.tar.gz",
                           "activeiq-components.zip", "gateway-journal");
    auto format = GENERATE(as<std::string>{}, "text", "json");
    const std::string bundle = sourcePath("samples/" + sample);
    // The text report fits COLUMNS: pinned, so the golden file does not depend on the terminal.
    const auto result = runShowcase({"check", bundle, "--format", format}, {{"COLUMNS", "100"}});
    INFO(result.err);
    CHECK((result.exitCode == 0 || result.exitCode == 1));
    compareWithGolden(masked(result.out, bundle), sample + ".check." + (format == "json" ? "json" : "txt"));
}
