// `showcase profiles`, `profile show`, `check --profile` and the automatic pick, as users run them.
#include <catch2/catch.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <sstream>

#include "support/run_process.hpp"
#include "support/test_paths.hpp"

using showcase::test::runShowcase;
using showcase::test::sourcePath;

namespace {

Poco::JSON::Object::Ptr parseJson(const std::string& text) {
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

}  // namespace

TEST_CASE("profiles lists every profile with its key limits in aligned columns", "[profiles][cli]") {
    const auto result = runShowcase({"profiles"});
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.empty());
    const auto rows = lines(result.out);
    REQUIRE(rows.size() == 12);
    CHECK_THAT(rows[0], Catch::StartsWith("id ") && Catch::Contains("words") && Catch::Contains("slides max") &&
                            Catch::EndsWith("distinction"));
    const auto wordsColumn = rows[0].find("words");
    for (const auto& row : rows) CHECK(row.size() >= wordsColumn);
    auto [id, words, slides] = GENERATE(table<std::string, std::string, std::string>({
        {"tquk-report", "2000-3000", "not stated"},
        {"tquk-presentation", "not stated", "35"},
        {"highfield-report", "up to 4500", "not stated"},
        {"activeiq-components", "not stated", "not stated"},
    }));
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const std::string& r) { return r.rfind(id + " ", 0) == 0; });
    REQUIRE(row != rows.end());
    CHECK(row->substr(wordsColumn, words.size()) == words);
    CHECK_THAT(*row, Catch::Contains(slides) && Catch::EndsWith("7 of 10"));
}

TEST_CASE("profiles --format json gives the same figures as data", "[profiles][cli]") {
    const auto result = runShowcase({"profiles", "--format", "json"});
    REQUIRE(result.exitCode == 0);
    const auto profiles = parseJson(result.out)->getArray("profiles");
    REQUIRE(profiles->size() == 11);
    for (std::size_t i = 0; i < profiles->size(); ++i) {
        const auto profile = profiles->getObject(static_cast<unsigned>(i));
        if (profile->getValue<std::string>("id") != "tquk-report") continue;
        CHECK(profile->getValue<int>("words_min") == 2000);
        CHECK(profile->getValue<int>("words_max") == 3000);
        CHECK(profile->isNull("slides_max"));
        CHECK(profile->getValue<int>("distinction_required") == 7);
        CHECK(profile->getValue<int>("distinction_of") == 10);
    }
}

TEST_CASE("profile show prints one profile resolved against the catalogue", "[profiles][cli]") {
    const auto result = runShowcase({"profile", "show", "highfield-report"});
    REQUIRE(result.exitCode == 0);
    const auto profile = parseJson(result.out);
    CHECK(profile->getValue<std::string>("id") == "highfield-report");
    CHECK(profile->getObject("standard")->getValue<std::string>("name") == "Customer Service Practitioner");
    const auto first = profile->getObject("coverage")->getArray("criteria")->getObject(0);
    CHECK(first->getValue<std::string>("id") == "M02-K1");
    CHECK(first->getValue<std::string>("text") == "State the aims of the organisation in relation to its sector");
    CHECK(first->getArray("epao_refs")->getObject(0)->getValue<std::string>("code") == "K2.1");
}

TEST_CASE("an unknown profile id is a usage error listing the known ids", "[profiles][cli]") {
    auto arguments = GENERATE(std::vector<std::string>{"profile", "show", "nobody-nothing"},
                              std::vector<std::string>{"check", sourcePath("samples/gateway-journal"), "--profile", "nobody-nothing"});
    const auto result = runShowcase(arguments);
    CHECK(result.exitCode == 64);
    CHECK_THAT(result.err, Catch::Contains("unknown profile 'nobody-nothing'") && Catch::Contains("tquk-presentation") &&
                               Catch::Contains("gateway-journal"));
    CHECK(result.out.empty());
}

TEST_CASE("profile takes show ID or check FILE", "[profiles][cli]") {
    auto arguments = GENERATE(std::vector<std::string>{"profile"}, std::vector<std::string>{"profile", "show"},
                              std::vector<std::string>{"profile", "frob", "x"});
    const auto result = runShowcase(arguments);
    CHECK(result.exitCode == 64);
    CHECK_THAT(result.err, Catch::Contains("'profile' takes 'show ID' or 'check FILE'"));
}

TEST_CASE("check --profile uses that profile and says the user chose it", "[profiles][cli]") {
    const std::string bundle = sourcePath("samples/highfield-report.zip");
    const auto json = runShowcase({"check", bundle, "--profile", "highfield-report", "--format", "json"});
    INFO(json.err);
    REQUIRE((json.exitCode == 0 || json.exitCode == 1));
    const auto profile = parseJson(json.out)->getObject("profile");
    CHECK(profile->getValue<std::string>("id") == "highfield-report");
    CHECK(profile->getValue<std::string>("epao") == "highfield");
    CHECK(profile->getValue<std::string>("option") == "report");
    CHECK(profile->getValue<std::string>("picked_by") == "user");
    // Wide enough that the text report does not wrap the Profile line.
    const auto text = runShowcase({"check", bundle, "--profile", "highfield-report"}, {{"COLUMNS", "1000"}});
    CHECK_THAT(text.out, Catch::Contains("\nProfile: highfield-report (chosen with --profile)\n"));
}

TEST_CASE("check without --profile picks the likeliest option and says why", "[profiles][cli]") {
    // sample, extra arguments, id ("" when none), epao, option, reason.
    auto [sample, extra, id, epao, option, reason] =
        GENERATE(table<std::string, std::vector<std::string>, std::string, std::string, std::string, std::string>({
            {"tquk-presentation.tar.gz", {}, "tquk-presentation", "tquk", "presentation",
             "the bundle holds a slide deck and no report; the bundle names TQUK"},
            {"activeiq-components.zip", {}, "activeiq-components", "activeiq", "components",
             "file names match 6 of activeiq's showcase components; only activeiq offers this option"},
            {"gateway-journal", {}, "gateway-journal", "gateway", "journal",
             "a file name mentions a journal; only gateway offers this option"},
            {"highfield-report.zip", {}, "", "", "report",
             "the bundle holds a report; the bundle does not name the EPAO, so no profile was chosen (use --epao or --profile)"},
            {"highfield-report.zip", {"--epao", "highfield"}, "highfield-report", "highfield", "report",
             "the bundle holds a report; the EPAO was given with --epao"},
            {"tquk-presentation.tar.gz", {"--epao", "innovate"}, "innovate-presentation", "innovate", "presentation",
             "the bundle holds a slide deck and no report; the EPAO was given with --epao"},
        }));
    std::vector<std::string> arguments{"check", sourcePath("samples/" + sample), "--format", "json"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    INFO(sample);
    const auto json = runShowcase(arguments);
    INFO(json.err);
    REQUIRE((json.exitCode == 0 || json.exitCode == 1));
    const auto profile = parseJson(json.out)->getObject("profile");
    CHECK(profile->getValue<std::string>("picked_by") == "auto");
    CHECK((id.empty() ? profile->isNull("id") : profile->getValue<std::string>("id") == id));
    CHECK((epao.empty() ? profile->isNull("epao") : profile->getValue<std::string>("epao") == epao));
    CHECK(profile->getValue<std::string>("option") == option);
    CHECK(profile->getValue<std::string>("reason") == reason);

    arguments.resize(arguments.size() - extra.size() - 2);
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    const auto text = runShowcase(arguments, {{"COLUMNS", "1000"}});  // the Profile line unwrapped
    CHECK_THAT(text.out, Catch::Contains("\nProfile: " + (id.empty() ? std::string("none") : id) +
                                         " (picked automatically: " + reason + ")\n"));
}

TEST_CASE("the EPAO given with --epao must be a known one", "[profiles][cli]") {
    const auto result = runShowcase({"check", sourcePath("samples/gateway-journal"), "--epao", "nobody"});
    CHECK(result.exitCode == 64);
    CHECK_THAT(result.err, Catch::Contains("unknown EPAO 'nobody'"));
}

TEST_CASE("profiles reads the mappings folder given with --mappings", "[profiles][cli]") {
    const auto missing = runShowcase({"profiles", "--mappings", sourcePath("no-such-mappings")});
    CHECK(missing.exitCode == 65);
    CHECK_THAT(missing.err, Catch::Contains("no mappings here"));
    const auto same = runShowcase({"profiles", "--mappings", sourcePath("mappings")});
    CHECK(same.exitCode == 0);
    CHECK(lines(same.out).size() == 12);
}

TEST_CASE("profile check on a file that does not exist exits 66", "[profiles][cli]") {
    const auto result = runShowcase({"profile", "check", sourcePath("mappings/profiles/no-such-profile.json")});
    CHECK(result.exitCode == 66);
    CHECK_THAT(result.err, Catch::Contains("no such file"));
}
