// limits-media-duration: through the program on recordings.zip (a 5 s WAV, a 6 s MP3 and a
// damaged MP3, tools/gen/make_fixtures.py), and its core directly on recordings of set lengths.
#include <catch2/catch.hpp>

#include <Poco/JSON/Parser.h>

#include <map>
#include <string>
#include <vector>

#include "analysis/analysis_session.hpp"
#include "duration_text.hpp"
#include "media_duration_check.hpp"
#include "support/run_process.hpp"
#include "support/test_paths.hpp"

using namespace showcase;
using showcase::mediaduration::checkMediaDuration;
using showcase::mediaduration::kPluginId;

namespace {

Poco::JSON::Object::Ptr parseObject(const std::string& json) {
    Poco::JSON::Parser parser;
    return parser.parse(json).extract<Poco::JSON::Object::Ptr>();
}

struct CheckRun {
    std::vector<Finding> findings;
    Poco::JSON::Object::Ptr metrics;
};

CheckRun runCheck(Bundle& bundle, const std::string& optionsJson = "{}") {
    host::AnalysisSession session(bundle, "");
    session.setCurrentPlugin(kPluginId);
    session.setPluginOptions(kPluginId, parseObject(optionsJson));
    checkMediaDuration(session);
    return {session.findings(), session.metricsOf(kPluginId)};
}

Document recording(const std::string& path, double seconds) {
    Document document;
    document.path = path;
    document.format = "mp4";
    document.mediaType = "video/mp4";
    document.role = Role::Recording;
    document.status = ReadStatus::Read;
    document.durationSeconds = seconds;
    return document;
}

Document unreadableRecording(const std::string& path, const std::string& reason) {
    Document document = recording(path, -1);
    document.status = ReadStatus::Error;
    document.message = reason;
    return document;
}

}  // namespace

TEST_CASE("limits-media-duration: recordings.zip through the program: lengths, the limit with its allowance, the damaged file",
          "[limits-media-duration]") {
    // 0.08 min is 4.8 s; with 10% the longest accepted is 5.28 s: the 5 s WAV is within the
    // allowance, the 6 s MP3 is past it.
    const auto result = showcase::test::runShowcase(
        {"check", showcase::test::fixture("recordings.zip"), "--set", "limits-media-duration.max_minutes=0.08", "--set",
         "limits-media-duration.tolerance_percent=10", "--format", "json"});
    INFO(result.err);
    CHECK(result.exitCode == 1);
    const auto report = parseObject(result.out);
    const auto metrics = report->getObject("metrics")->getObject(kPluginId);
    REQUIRE(!metrics.isNull());

    SECTION("each recording's length, exact to 10 ms, and the total") {
        const auto recordings = metrics->getArray("recordings");
        std::map<std::string, Poco::JSON::Object::Ptr> byPath;
        for (std::size_t i = 0; i < recordings->size(); ++i) {
            const auto entry = recordings->getObject(static_cast<unsigned>(i));
            byPath[entry->getValue<std::string>("path")] = entry;
        }
        REQUIRE(byPath.size() == 3);
        CHECK(byPath["Presentation recording.wav"]->getValue<double>("seconds") == Approx(5.0).margin(0.01));
        CHECK(byPath["Presentation recording.wav"]->getValue<bool>("within_limit"));
        CHECK(byPath["Customer call.mp3"]->getValue<double>("seconds") == Approx(6.0).margin(0.01));
        CHECK_FALSE(byPath["Customer call.mp3"]->getValue<bool>("within_limit"));
        CHECK(byPath["Damaged call.mp3"]->get("seconds").isEmpty());
        CHECK_THAT(byPath["Damaged call.mp3"]->getValue<std::string>("reason"),
                   Catch::Contains("not a known audio or video format"));
        CHECK(metrics->getValue<double>("total_seconds") == Approx(11.0).margin(0.02));
        CHECK(metrics->getValue<int>("unmeasured") == 1);
        CHECK(metrics->getValue<double>("accepted_seconds") == Approx(5.28));
    }
    SECTION("a finding for each, with its file") {
        std::map<std::string, std::string> byFile;
        const auto findings = report->getArray("findings");
        for (std::size_t i = 0; i < findings->size(); ++i) {
            const auto finding = findings->getObject(static_cast<unsigned>(i));
            if (finding->getValue<std::string>("check") != kPluginId) continue;
            byFile[finding->getObject("location")->getValue<std::string>("file")] =
                finding->getValue<std::string>("severity") + ": " + finding->getValue<std::string>("message");
        }
        CHECK(byFile == std::map<std::string, std::string>{
                            {"Customer call.mp3",
                             "error: 6 s (limit 0.08 min + 10%); what follows 5.3 s will not be assessed "
                             "[limits-media-duration]"},
                            {"Damaged call.mp3",
                             "warning: the length could not be measured (not a recording that can be read: its content "
                             "is not a known audio or video format) [limits-media-duration]"},
                            {"Presentation recording.wav",
                             "info: 5 s (limit 0.08 min + 10%): over 4.8 s but within the allowance "
                             "[limits-media-duration]"},
                        });
    }
}

TEST_CASE("limits-media-duration: a recording's length against the maximum and its allowance", "[limits-media-duration]") {
    auto [seconds, options, severity, message] = GENERATE(table<double, std::string, std::string, std::string>({
        {1930, "{}", "", ""},
        {1800, R"({"max_minutes": 30})", "", ""},
        {1801, R"({"max_minutes": 30})", "error", "30 min 1 s (limit 30 min); what follows 30 min will not be assessed"},
        {1930, R"({"max_minutes": 30, "tolerance_percent": 10})", "info",
         "32 min 10 s (limit 30 min + 10%): over 30 min but within the allowance"},
        {1980, R"({"max_minutes": 30, "tolerance_percent": 10})", "info",
         "33 min (limit 30 min + 10%): over 30 min but within the allowance"},
        {2000, R"({"max_minutes": 30, "tolerance_percent": 10})", "error",
         "33 min 20 s (limit 30 min + 10%); what follows 33 min will not be assessed"},
    }));
    Bundle bundle;
    bundle.documents.push_back(recording("Presentation.mp4", seconds));
    const auto run = runCheck(bundle, options);
    INFO(seconds << " s, options " << options);
    if (message.empty()) {
        CHECK(run.findings.empty());
    } else {
        REQUIRE(run.findings.size() == 1);
        const auto& finding = run.findings[0];
        CHECK(severityName(finding.severity) == severity);
        CHECK(finding.message == message + " [limits-media-duration]");
        REQUIRE(finding.location);
        CHECK(finding.location->file == "Presentation.mp4");
        CHECK(finding.value == Approx(seconds / 60).margin(0.005));
    }
    CHECK(run.metrics->getValue<double>("total_seconds") == seconds);
}

TEST_CASE("limits-media-duration: a recording without a length is named with the reason: a warning once a limit is set",
          "[limits-media-duration]") {
    auto [options, severity] = GENERATE(table<std::string, Severity>({
        {"{}", Severity::Info},
        {R"({"max_minutes": 30})", Severity::Warning},
    }));
    Bundle bundle;
    bundle.documents.push_back(unreadableRecording("Call.mp3", "the recording is truncated: its data breaks off after 2.50 s"));
    bundle.documents.push_back(recording("Presentation.mp4", 600));
    const auto run = runCheck(bundle, options);
    REQUIRE(run.findings.size() == 1);
    CHECK(run.findings[0].severity == severity);
    CHECK(run.findings[0].message ==
          "the length could not be measured (the recording is truncated: its data breaks off after 2.50 s) "
          "[limits-media-duration]");
    CHECK(run.findings[0].location->file == "Call.mp3");
    CHECK(run.metrics->getValue<double>("total_seconds") == 600);
    CHECK(run.metrics->getValue<int>("unmeasured") == 1);
}

TEST_CASE("limits-media-duration: files that are not recordings are not looked at", "[limits-media-duration]") {
    Bundle bundle;
    Document report = recording("report.docx", -1);
    report.role = Role::Report;
    bundle.documents.push_back(report);
    const auto run = runCheck(bundle, R"({"max_minutes": 30})");
    CHECK(run.findings.empty());
    CHECK(run.metrics->getArray("recordings")->size() == 0);
}

TEST_CASE("limits-media-duration: bad options are warnings and leave the defaults", "[limits-media-duration]") {
    auto [options, problem] = GENERATE(table<std::string, std::string>({
        {R"({"max_minutes": "half an hour"})", "option max_minutes takes a number of at least 0, not 'half an hour'; ignored"},
        {R"({"tolerance_percent": -5})", "option tolerance_percent takes a number of at least 0, not '-5'; ignored"},
        {R"({"max": 30})", "unknown option max; ignored"},
    }));
    Bundle bundle;
    bundle.documents.push_back(recording("Presentation.mp4", 4000));
    const auto run = runCheck(bundle, options);
    REQUIRE(run.findings.size() == 1);
    CHECK(run.findings[0].severity == Severity::Warning);
    CHECK(run.findings[0].message == problem + " [limits-media-duration]");
}

TEST_CASE("limits-media-duration: lengths are written as people say them", "[limits-media-duration]") {
    auto [seconds, text] = GENERATE(table<double, std::string>({
        {0, "0 s"},
        {5, "5 s"},
        {5.28, "5.3 s"},
        {59.97, "1 min"},
        {60, "1 min"},
        {1800.4, "30 min"},
        {1930, "32 min 10 s"},
        {3725, "62 min 5 s"},
    }));
    CHECK(showcase::mediaduration::formatDuration(seconds) == text);
}
