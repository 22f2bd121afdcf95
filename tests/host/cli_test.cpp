// The `showcase` program as users run it: help, exit codes, formats, and no files left behind.
#include <catch2/catch.hpp>

#include <Poco/JSON/Parser.h>

#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "support/run_process.hpp"
#include "support/test_paths.hpp"

using showcase::test::fixture;
using showcase::test::runShowcase;
using showcase::test::ScratchFolder;

namespace {

Poco::JSON::Object::Ptr parseJson(const std::string& text) {
    Poco::JSON::Parser parser;
    return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

}  // namespace

TEST_CASE("help and version exit 0 and say what the program does", "[cli]") {
    const auto help = runShowcase({"--help"});
    CHECK(help.exitCode == 0);
    CHECK_THAT(help.out, Catch::Contains("check BUNDLE") && Catch::Contains("Exit codes"));
    const auto version = runShowcase({"--version"});
    CHECK(version.exitCode == 0);
    CHECK_THAT(version.out, Catch::StartsWith("showcase "));
}

TEST_CASE("usage errors exit 64 with a message on standard error", "[cli]") {
    auto [arguments, expected] = GENERATE(table<std::vector<std::string>, std::string>({
        {std::vector<std::string>{}, "no command given"},
        {{"check"}, "takes exactly one BUNDLE"},
        {{"frobnicate", "x"}, "unknown command 'frobnicate'"},
        {{"check", "x.zip", "--format", "yaml"}, "--format takes text or json"},
        {{"check", "x.zip", "--no-such-option"}, "no-such-option"},
        {{"check", "x.zip", "--max-depth", "lots"}, "--max-depth takes a number"},
    }));
    const auto result = runShowcase(arguments);
    CHECK(result.exitCode == 64);
    CHECK_THAT(result.err, Catch::Contains(expected));
    CHECK(result.out.empty());
}

TEST_CASE("a bundle that does not exist exits 66", "[cli]") {
    const auto result = runShowcase({"check", "/no/such/bundle.zip"});
    CHECK(result.exitCode == 66);
    CHECK_THAT(result.err, Catch::Contains("no such file or folder: '/no/such/bundle.zip'"));
}

TEST_CASE("an unreadable bundle exits 65 and names the reason", "[cli]") {
    ScratchFolder scratch("cli-unreadable");
    const std::string garbage = scratch.path() + "/garbage.zip";
    std::ofstream(garbage) << "these bytes are not an archive";
    auto [path, reason] = GENERATE_COPY(table<std::string, std::string>({
        {fixture("empty.zip"), "the bundle archive is empty"},
        {garbage, "is not a readable archive: it is named as a zip archive but its content is plain text"},
    }));
    const auto result = runShowcase({"check", path});
    CHECK(result.exitCode == 65);
    CHECK_THAT(result.err, Catch::Contains(reason));
    CHECK(result.out.empty());
}

TEST_CASE("a damaged report is an error finding and the bundle's other files are still listed", "[cli]") {
    const auto result = runShowcase({"check", fixture("truncated.zip")});
    CHECK(result.exitCode == 1);
    CHECK_THAT(result.out, Catch::Contains("report.docx: could not be read") && Catch::Contains("notes.txt"));
    CHECK_THAT(result.out, Catch::Contains("the bundle is damaged after 2 entries"));
}

TEST_CASE("plugins lists the shipped plugins with a version and summary", "[cli]") {
    const auto result = runShowcase({"plugins"});
    CHECK(result.exitCode == 0);
    CHECK_THAT(result.out, Catch::Contains("bundle-inventory") && Catch::Contains("1.0.0"));
    CHECK_THAT(result.out, !Catch::Contains("refused"));
}

TEST_CASE("bad appendices are warnings: the good report is still read", "[cli]") {
    const auto result = runShowcase({"check", fixture("mixed.zip"), "--format", "json"});
    CHECK(result.exitCode == 0);
    const auto report = parseJson(result.out);
    const auto files = report->getObject("bundle")->getArray("files");
    std::map<std::string, std::string> statusByPath;
    for (std::size_t i = 0; i < files->size(); ++i) {
        const auto file = files->getObject(static_cast<unsigned>(i));
        statusByPath[file->getValue<std::string>("path")] = file->getValue<std::string>("status");
    }
    CHECK(statusByPath == std::map<std::string, std::string>{
                              {"corrupt.docx", "error"}, {"good.docx", "read"}, {"legacy.doc", "unsupported"}});
    CHECK(report->getObject("summary")->getValue<int>("errors") == 0);
    std::vector<std::string> inventoryWarnings;
    const auto findings = report->getArray("findings");
    for (std::size_t i = 0; i < findings->size(); ++i) {
        const auto finding = findings->getObject(static_cast<unsigned>(i));
        if (finding->getValue<std::string>("check") == "bundle-inventory" &&
            finding->getValue<std::string>("severity") == "warning") {
            inventoryWarnings.push_back(finding->getObject("location")->getValue<std::string>("file"));
        }
    }
    CHECK(inventoryWarnings == std::vector<std::string>{"corrupt.docx", "legacy.doc"});
}

TEST_CASE("the JSON envelope has every field of the contract", "[cli]") {
    const auto result = runShowcase({"check", fixture("bundle.tar.gz"), "--format", "json", "--profile", "tquk-presentation"});
    INFO(result.err);
    REQUIRE((result.exitCode == 0 || result.exitCode == 1));
    const auto report = parseJson(result.out);
    CHECK(report->getValue<std::string>("schema_version") == "1.0");
    CHECK(report->getObject("tool")->getValue<std::string>("name") == "showcase");
    CHECK(report->getObject("profile")->getValue<std::string>("id") == "tquk-presentation");
    CHECK(report->getObject("profile")->getValue<std::string>("picked_by") == "user");
    const auto bundle = report->getObject("bundle");
    CHECK(bundle->getValue<std::string>("container") == "tar.gz");
    const auto file = bundle->getArray("files")->getObject(0);
    for (const char* key : {"path", "role", "format", "status", "message"}) CHECK(file->has(key));
    const auto plugin = report->getArray("plugins")->getObject(0);
    for (const char* key : {"id", "version", "status"}) CHECK(plugin->has(key));
    CHECK(report->getObject("metrics")->has("bundle-inventory"));
    CHECK(report->has("findings"));
}

TEST_CASE("a report written with --output goes to that file and nothing is left in TMPDIR", "[cli]") {
    ScratchFolder temp("cli-tmpdir");
    ScratchFolder out("cli-output");
    const std::string target = out.path() + "/report.json";
    auto name = GENERATE(as<std::string>{}, "nested.zip", "bomb.zip", "dotdot.zip", "mixed.zip", "encrypted.zip");
    const auto result = runShowcase({"check", fixture(name), "--format", "json", "--output", target},
                                    {{"TMPDIR", temp.path()}});
    INFO(name << ": " << result.err);
    CHECK(result.exitCode != 70);
    CHECK(result.exitCode != 139);
    CHECK(temp.contents().empty());
    CHECK(out.contents() == std::vector<std::string>{"report.json"});
}

TEST_CASE("the README's check command runs every check on its sample, criteria included", "[cli]") {
    std::ifstream readme(showcase::test::sourcePath("README.md"));
    REQUIRE(readme);
    const std::string marker = "bash tools/run.sh check ";
    std::string line;
    while (std::getline(readme, line) && line.rfind(marker, 0) != 0) {
    }
    REQUIRE(line.rfind(marker, 0) == 0);
    // The command's words up to its comment; the bundle is relative to the source tree.
    std::istringstream words(line.substr(marker.size(), line.find('#') - marker.size()));
    std::vector<std::string> arguments{"check"};
    for (std::string word; words >> word;) arguments.push_back(arguments.size() == 1 ? showcase::test::sourcePath(word) : word);
    arguments.push_back("--quiet");
    const auto result = runShowcase(arguments);
    INFO(line << "\n" << result.out << result.err);
    CHECK((result.exitCode == 0 || result.exitCode == 1));
    CHECK_THAT(result.out, !Catch::Contains("not checked"));
    CHECK_THAT(result.out, Catch::Contains("Criteria    evidence found for"));
}
