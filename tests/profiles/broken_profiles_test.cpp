// Broken mappings are refused, each fault named as FILE:LINE: message at the offending line.
#include "shipped_mappings.hpp"

#include <Poco/File.h>

#include "profiles/profile.hpp"
#include "support/run_process.hpp"

using namespace showcase::profiles;
using showcase::test::lineOf;
using showcase::test::readText;
using showcase::test::runShowcase;
using showcase::test::ScratchFolder;
using showcase::test::seedsFolder;
using showcase::test::sourcePath;
using showcase::test::writeText;

namespace {

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    INFO("the profile should contain: " << from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

CatalogueSet shippedCatalogues(SeedTexts& seeds) {
    Diagnostics diagnostics;
    CatalogueSet catalogues;
    auto catalogue = loadCatalogue(sourcePath("mappings/standards/st0072/criteria.json"), seeds, diagnostics);
    REQUIRE(catalogue);
    catalogues.emplace("st0072", std::move(*catalogue));
    return catalogues;
}

bool hasError(const Diagnostics& diagnostics, const std::string& file, int line, const std::string& message) {
    for (const auto& diagnostic : diagnostics.items()) {
        UNSCOPED_INFO(formatDiagnostic(diagnostic));
        if (diagnostic.level == Level::Error && diagnostic.file == file && diagnostic.line == line &&
            diagnostic.message.find(message) != std::string::npos) {
            return true;
        }
    }
    return false;
}

}  // namespace

TEST_CASE("a broken profile is refused with FILE:LINE at the offending line", "[profiles]") {
    // name, text replaced, replacement, text on the expected line, message.
    auto [name, from, to, marker, message] = GENERATE(table<std::string, std::string, std::string, std::string, std::string>({
        {"unknown key", "  \"summary\": \"TQUK", "  \"colour\": \"blue\",\n  \"summary\": \"TQUK", "\"colour\"",
         "unknown key 'colour' in a profile"},
        {"wrong type", "\"value\": 35,", "\"value\": \"35\",", "\"value\": \"35\"", "expected an integer, found a string"},
        {"boolean for an integer", "\"value\": 35,", "\"value\": true,", "\"value\": true", "expected an integer, found a boolean"},
        {"dangling criterion id", "\n      \"M02-K1\",", "\n      \"M02-K9\",", "\"M02-K9\"",
         "criterion 'M02-K9' does not exist in the st0072 catalogue"},
        {"min above max", "\"value\": 0,", "\"value\": 40,", "\"min\"", "slides min 40 is above max 35"},
        {"malformed JSON", "\"id\": \"tquk-presentation\",", "\"id\": \"tquk-presentation\"", "\"standard\":",
         "malformed JSON: expected ',' or '}'"},
        {"value outside its list", "\"value\": \"presentation\"", "\"value\": \"slideshow\"", "\"slideshow\"",
         "'slideshow' is not one of report, presentation"},
        {"quote not in the seed", "maximum of 35 slides**\"", "maximum of 36 slides**\"", "maximum of 36 slides",
         "quote not found in 002_6f7d684a1edce75d.txt line 158"},
        {"distinction count", "\"of\": 10,", "\"of\": 9,", "\"of\": 9", "of is 9 but the coverage holds 10"},
        {"placeholder", "{max}", "{limit}", "{limit}", "placeholder {limit} is not one of this message's"},
    }));
    INFO(name);
    ScratchFolder scratch("profiles-broken");
    // The file keeps its id's name, so that only the planted fault is wrong.
    const std::string file = scratch.path() + "/tquk-presentation.json";
    const std::string text = replaced(readText(sourcePath("mappings/profiles/tquk-presentation.json")), from, to);
    writeText(file, text);
    const int line = lineOf(text, marker);
    REQUIRE(line > 0);

    SECTION("the loader refuses it") {
        SeedTexts seeds(seedsFolder());
        const auto catalogues = shippedCatalogues(seeds);
        Diagnostics diagnostics;
        CHECK_FALSE(loadProfile(file, catalogues, seeds, diagnostics));
        CHECK(hasError(diagnostics, file, line, message));
    }
    SECTION("profile check prints FILE:LINE: message and exits 65") {
        const auto result = runShowcase({"profile", "check", file, "--seeds", seedsFolder()});
        CHECK(result.exitCode == 65);
        CHECK_THAT(result.out, Catch::Contains(file + ":" + std::to_string(line) + ": " + message));
    }
}

TEST_CASE("profile check accepts every shipped profile and says so", "[profiles][cli]") {
    auto id = GENERATE(as<std::string>{}, "highfield-report", "tquk-presentation", "activeiq-components", "gateway-journal");
    const std::string file = sourcePath("mappings/profiles/" + id + ".json");
    const auto result = runShowcase({"profile", "check", file, "--seeds", seedsFolder()});
    INFO(result.out << result.err);
    CHECK(result.exitCode == 0);
    CHECK_THAT(result.out, Catch::Contains("valid profile '" + id + "'"));
    CHECK_THAT(result.out, !Catch::Contains("note:"));
}

TEST_CASE("without the seeds, quotes are not checked and a note says so", "[profiles][cli]") {
    ScratchFolder scratch("profiles-no-seeds");
    const std::string file = scratch.path() + "/tquk-presentation.json";
    writeText(file, replaced(readText(sourcePath("mappings/profiles/tquk-presentation.json")), "maximum of 35 slides**\"",
                             "maximum of 36 slides**\""));
    const auto result = runShowcase({"profile", "check", file, "--seeds", scratch.path() + "/no-such-folder"});
    CHECK(result.exitCode == 0);
    CHECK_THAT(result.out, Catch::Contains("note: citation quotes not checked"));
}

TEST_CASE("a catalogue with a duplicate criterion id is refused at that id's line", "[profiles]") {
    ScratchFolder scratch("profiles-catalogue");
    Poco::File(scratch.path() + "/standards/st0072").createDirectories();
    Poco::File(scratch.path() + "/profiles").createDirectories();
    const std::string file = scratch.path() + "/standards/st0072/criteria.json";
    const std::string text = replaced(readText(sourcePath("mappings/standards/st0072/criteria.json")), "\"id\": \"M02-K2\"",
                                      "\"id\": \"M02-K1\"");
    writeText(file, text);
    const int line = lineOf(text, "\"id\": \"M02-K1\"", 2);
    SeedTexts seeds(seedsFolder());
    Diagnostics diagnostics;
    CHECK_FALSE(loadCatalogue(file, seeds, diagnostics));
    CHECK(hasError(diagnostics, file, line, "criterion id 'M02-K1' is not unique"));
    SECTION("and profiles that need it say there is no catalogue") {
        const auto result = runShowcase({"profiles", "--mappings", scratch.path()});
        CHECK(result.exitCode == 65);
        CHECK_THAT(result.err, Catch::Contains(file + ":" + std::to_string(line) + ": criterion id 'M02-K1' is not unique"));
    }
}
