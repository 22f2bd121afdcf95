// Golden files: the dump and the reports of our samples, byte for byte, with the parts that change
// from machine to machine (the bundle's path, the tool's version) masked. To accept a deliberate
// change, run with SHOWCASE_UPDATE_GOLDEN=1 and review the diff of tests/golden/.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include "support/run_process.hpp"
#include "support/test_paths.hpp"

using showcase::test::runShowcase;
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

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void compareWithGolden(const std::string& actual, const std::string& goldenName) {
    const std::string path = sourcePath("tests/golden/" + goldenName);
    const char* update = std::getenv("SHOWCASE_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("updated " << path);
    }
    const std::string expected = readFile(path);
    INFO("golden file " << path << " (SHOWCASE_UPDATE_GOLDEN=1 rewrites it)");
    REQUIRE_FALSE(expected.empty());
    CHECK(actual == expected);
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
    const auto result = runShowcase({"check", bundle, "--format", format});
    INFO(result.err);
    CHECK((result.exitCode == 0 || result.exitCode == 1));
    compareWithGolden(masked(result.out, bundle), sample + ".check." + (format == "json" ? "json" : "txt"));
}
