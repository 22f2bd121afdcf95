// The EPAO profile's limits reach the checks: no --set needed, and what the user sets still wins.
#include <catch2/catch.hpp>

#include <Poco/JSON/Parser.h>

#include "support/run_process.hpp"
#include "support/test_paths.hpp"

using showcase::test::runShowcase;
using showcase::test::sourcePath;

namespace {

Poco::JSON::Object::Ptr checkJson(const std::vector<std::string>& extra, const std::string& sample) {
    std::vector<std::string> arguments = {"check", sourcePath("samples/" + sample), "--format", "json"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    const auto result = runShowcase(arguments);
    INFO(result.err);
    REQUIRE((result.exitCode == 0 || result.exitCode == 1));
    Poco::JSON::Parser parser;
    return parser.parse(result.out).extract<Poco::JSON::Object::Ptr>();
}

}  // namespace

TEST_CASE("the profile's slide limit marks TQUK's slides 36 and 37 as past it", "[profiles][limits]") {
    const auto report = checkJson({}, "tquk-presentation.tar.gz");
    CHECK(report->getObject("profile")->getValue<std::string>("id") == "tquk-presentation");
    const auto slides = report->getObject("metrics")->getObject("limits-slide-count");
    CHECK(slides->getValue<int>("limit") == 35);
    const auto beyond = slides->getArray("beyond_limit");
    REQUIRE(beyond->size() == 2);
    CHECK(beyond->getElement<int>(0) == 36);
    CHECK(beyond->getElement<int>(1) == 37);
    const auto media = report->getObject("metrics")->getObject("limits-media-duration");
    REQUIRE_FALSE(media.isNull());
}

TEST_CASE("Highfield's recommended maximum is a warning, and --set wins over the profile", "[profiles][limits]") {
    SECTION("the profile's 4,500 words hold the report's 4,396") {
        const auto report = checkJson({"--epao", "highfield"}, "highfield-report.zip");
        const auto words = report->getObject("metrics")->getObject("limits-word-count");
        CHECK(words->getObject("limit")->getValue<int>("max") == 4500);
        CHECK(report->getObject("summary")->getValue<int>("errors") == 0);
    }
    SECTION("a lower maximum from --set is passed, as a warning since Highfield's is a recommendation") {
        const auto report = checkJson({"--epao", "highfield", "--set", "limits-word-count.max=3000"}, "highfield-report.zip");
        const auto words = report->getObject("metrics")->getObject("limits-word-count");
        CHECK(words->getObject("limit")->getValue<int>("max") == 3000);
        CHECK(words->has("cutoff"));
        CHECK(report->getObject("summary")->getValue<int>("errors") == 0);
        bool warned = false;
        const auto findings = report->getArray("findings");
        for (std::size_t i = 0; i < findings->size(); ++i) {
            const auto finding = findings->getObject(static_cast<unsigned>(i));
            warned = warned || (finding->getValue<std::string>("check") == "limits-word-count" &&
                                finding->getValue<std::string>("severity") == "warning" &&
                                finding->getValue<std::string>("message").find("a recommended maximum") != std::string::npos);
        }
        CHECK(warned);
    }
}
