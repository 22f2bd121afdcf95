// The media reader module: lengths and descriptions of the generated recordings
// (tools/gen/make_fixtures.py), damaged ones refused with their reason, the time limit, and
// libavformat mapped only when a bundle holds a recording.
#include <catch2/catch.hpp>

#include <Poco/JSON/Parser.h>

#include <chrono>
#include <cmath>
#include <map>
#include <utility>

#include "bundle/document_loader.hpp"
#include "readers/reader_test_support.hpp"
#include "support/run_process.hpp"

using showcase::ReadStatus;
using showcase::test::fixture;
using showcase::test::FixtureExpectation;
using showcase::test::runShowcase;

namespace {

// Through loadDocument, as the bundle reader calls it: sniffing, then the module.
Document load(const std::string& name, const std::string& bytes, std::chrono::milliseconds timeLimit = std::chrono::seconds(10)) {
    showcase::readers::ReadLimits limits;
    limits.timePerFile = timeLimit;
    return showcase::bundle::loadDocument({name, bytes, ""}, limits);
}

// The rows fixtures.tsv has for the media fixtures: their lengths and the errors they must give.
std::vector<FixtureExpectation> mediaExpectations() {
    std::vector<FixtureExpectation> rows;
    for (auto& row : showcase::test::fixtureExpectations()) {
        const std::string extension = showcase::test::extensionOf(row.file);
        const bool media = extension == "wav" || extension == "mp3" || extension == "mp4" || extension == "avi";
        if (media && (row.role == "count:duration-ms" || row.role == "error")) rows.push_back(std::move(row));
    }
    return rows;
}

// What the message must say for each error token the generator uses.
std::string phraseFor(const std::string& token) {
    static const std::map<std::string, std::string> phrases = {
        {"not-media", "not a recording that can be read: its content is not a known audio or video format"},
        {"truncated", "the recording is truncated: its data breaks off after 2.50 s"},
        {"wrong-type", "is named as an MP4 video but its content is a WAV recording"},
    };
    const auto phrase = phrases.find(token);
    return phrase == phrases.end() ? "(no phrase for error token " + token + ")" : phrase->second;
}

std::string wavHeaderOnly() { return fixtureBytes("tone-5s.wav").substr(0, 44); }
std::string wavCutInHeader() { return fixtureBytes("tone-5s.wav").substr(0, 30); }

}  // namespace

TEST_CASE("media fixtures give the lengths and errors fixtures.tsv promises", "[media][readers]") {
    const auto rows = mediaExpectations();
    REQUIRE(rows.size() >= 6);
    for (const auto& row : rows) {
        DYNAMIC_SECTION(row.file << " " << row.role << " " << row.expected) {
            const auto document = load(row.file, fixtureBytes(row.file));
            INFO(document.message);
            if (row.role == "error") {
                CHECK(document.status == ReadStatus::Error);
                CHECK(document.durationSeconds < 0);
                CHECK_THAT(document.message, Catch::Contains(phraseFor(row.expected)));
            } else {
                REQUIRE(document.status == ReadStatus::Read);
                CHECK(document.reader == "media");
                CHECK(std::abs(document.durationSeconds - std::stod(row.expected) / 1000) <= 0.010);
            }
        }
    }
}

TEST_CASE("a recording is described by its codec and its channels and rate, or its resolution", "[media][readers]") {
    auto [name, description] = GENERATE(table<std::string, std::string>({
        {"tone-5s.wav", "5.00 s; pcm_s16le audio, mono, 8000 Hz"},
        {"silence-6s.mp3", "6.00 s; mp3 audio, mono, 48000 Hz"},
        {"frames-2s.avi", "2.00 s; rawvideo video, 16x8"},
    }));
    const auto document = load(name, fixtureBytes(name));
    CHECK(document.status == ReadStatus::Read);
    CHECK(document.message == description);
    CHECK(document.blocks.empty());
}

TEST_CASE("recordings that cannot be measured are errors with the reason", "[media][readers]") {
    auto [name, bytes, reason] = GENERATE(table<std::string, std::string, std::string>({
        {"no-data.wav", wavHeaderOnly(), "the recording holds no audio or video data"},
        {"cut-header.wav", wavCutInHeader(), "its content is not a known audio or video format"},
        {"call.mp3", std::string(4000, '\xFF'), "its content is not a known audio or video format"},
    }));
    const auto document = load(name, bytes);
    CHECK(document.status == ReadStatus::Error);
    CHECK(document.durationSeconds < 0);
    CHECK_THAT(document.message, Catch::Contains(reason));
}

TEST_CASE("measuring a recording gives up at the time limit per file", "[media][readers]") {
    const auto document = load("tone-5s.wav", fixtureBytes("tone-5s.wav"), std::chrono::milliseconds(0));
    CHECK(document.status == ReadStatus::Error);
    CHECK(document.message == "reading took longer than the limit of 0 ms (--time-per-file)");
}

TEST_CASE("the program reports each recording's length, and refuses the damaged one", "[media][cli]") {
    const auto result = runShowcase({"check", fixture("recordings.zip"), "--format", "json"});
    INFO(result.err);
    REQUIRE((result.exitCode == 0 || result.exitCode == 1));
    Poco::JSON::Parser parser;
    const auto report = parser.parse(result.out).extract<Poco::JSON::Object::Ptr>();
    const auto files = report->getObject("bundle")->getArray("files");
    std::map<std::string, std::string> messageByPath;
    std::map<std::string, std::string> statusByPath;
    for (std::size_t i = 0; i < files->size(); ++i) {
        const auto file = files->getObject(static_cast<unsigned>(i));
        messageByPath[file->getValue<std::string>("path")] = file->getValue<std::string>("message");
        statusByPath[file->getValue<std::string>("path")] = file->getValue<std::string>("status");
    }
    CHECK(statusByPath == std::map<std::string, std::string>{
                              {"Customer call.mp3", "read"}, {"Damaged call.mp3", "error"},
                              {"Presentation recording.wav", "read"}});
    CHECK(messageByPath["Presentation recording.wav"] == "5.00 s; pcm_s16le audio, mono, 8000 Hz");
    CHECK(messageByPath["Customer call.mp3"] == "6.00 s; mp3 audio, mono, 48000 Hz");
    CHECK_THAT(messageByPath["Damaged call.mp3"], Catch::Contains("not a known audio or video format"));
}

TEST_CASE("libavformat is mapped only when a bundle holds a recording", "[media][cli]") {
    // LD_DEBUG=files makes the dynamic loader name every library it maps on standard error.
    auto [bundle, mapped] = GENERATE(table<std::string, bool>({
        {showcase::test::sourcePath("samples/gateway-journal"), false},
        {showcase::test::sourcePath("samples/tquk-presentation.tar.gz"), false},
        {fixture("recordings.zip"), true},
    }));
    const auto result = runShowcase({"check", bundle, "--format", "json"}, {{"LD_DEBUG", "files"}});
    REQUIRE((result.exitCode == 0 || result.exitCode == 1));
    const bool libavformatMapped = result.err.find("libavformat") != std::string::npos;
    CHECK(libavformatMapped == mapped);
}
