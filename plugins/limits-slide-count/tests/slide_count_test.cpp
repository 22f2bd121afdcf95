// limits-slide-count: through the program on the TQUK sample (37 slides, slide 23 hidden, notes on
// 34, slides 36-37 past its limit of 35), and its core directly on that sample and on decks built
// here to show how words, hidden slides, speaking time and options are handled.
#include <catch2/catch.hpp>

#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analysis/analysis_session.hpp"
#include "bundle/bundle_reader.hpp"
#include "slide_count_check.hpp"
#include "support/run_process.hpp"
#include "support/test_paths.hpp"

using namespace showcase;
using showcase::slidecount::checkSlideCount;
using showcase::slidecount::kPluginId;

namespace {

const std::string kDeckPath = "Showcase presentation - Daniel Osei.pptx";

std::string samplePath() { return showcase::test::sourcePath("samples/tquk-presentation.tar.gz"); }

Poco::JSON::Object::Ptr parseObject(const std::string& json) {
    Poco::JSON::Parser parser;
    return parser.parse(json).extract<Poco::JSON::Object::Ptr>();
}

std::vector<int> intsOf(const Poco::JSON::Array::Ptr& array) {
    std::vector<int> values;
    for (std::size_t i = 0; i < array->size(); ++i) values.push_back(array->getElement<int>(static_cast<unsigned>(i)));
    return values;
}

std::vector<int> range(int first, int last) {
    std::vector<int> numbers;
    for (int n = first; n <= last; ++n) numbers.push_back(n);
    return numbers;
}

/// What one run of the check left behind.
struct CheckRun {
    std::vector<Finding> findings;
    Poco::JSON::Object::Ptr metrics;

    std::vector<std::string> messages(Severity severity) const {
        std::vector<std::string> found;
        for (const auto& finding : findings) {
            if (finding.severity == severity) found.push_back(finding.message);
        }
        return found;
    }
};

// Runs the check over `bundle` with `optionsJson` as its options, as the plugin host would.
CheckRun runCheck(Bundle& bundle, const std::string& optionsJson = "{}") {
    host::AnalysisSession session(bundle, "");
    session.setCurrentPlugin(kPluginId);
    session.setPluginOptions(kPluginId, parseObject(optionsJson));
    checkSlideCount(session);
    return {session.findings(), session.metricsOf(kPluginId)};
}

Bundle readSample() { return bundle::readBundle(samplePath(), bundle::BundleOptions{}); }

/// The slide numbers whose blocks carry kBeyondLimit, each once; fails if a slide is only partly flagged.
std::vector<int> flaggedSlides(const Document& document) {
    std::vector<int> flagged;
    for (const auto& block : document.blocks) {
        if (!block.has(kBeyondLimit)) continue;
        if (flagged.empty() || flagged.back() != block.index) flagged.push_back(block.index);
    }
    for (const auto& block : document.blocks) {
        const bool onFlaggedSlide = std::find(flagged.begin(), flagged.end(), block.index) != flagged.end();
        INFO("slide " << block.index << ": " << block.text);
        CHECK(block.has(kBeyondLimit) == onFlaggedSlide);
    }
    return flagged;
}

Block block(Part part, int slide, const std::string& text) {
    Block made;
    made.part = part;
    made.index = slide;
    made.text = text;
    return made;
}

/// A deck built here: one slide per title, hidden where asked, with one notes block per slide
/// when `notes` has text for it.
Document makeDeck(const std::vector<std::string>& titles, const std::vector<int>& hidden = {},
                  const std::vector<std::string>& notes = {}) {
    Document deck;
    deck.path = "deck.pptx";
    deck.format = "pptx";
    deck.role = Role::Slides;
    deck.status = ReadStatus::Read;
    for (std::size_t i = 0; i < titles.size(); ++i) {
        SlideInfo slide;
        slide.number = static_cast<int>(i) + 1;
        slide.title = titles[i];
        slide.hidden = std::find(hidden.begin(), hidden.end(), slide.number) != hidden.end();
        slide.hasNotes = i < notes.size();
        deck.slides.push_back(slide);
        deck.blocks.push_back(block(Part::SlideTitle, slide.number, titles[i]));
        if (i < notes.size() && !notes[i].empty()) deck.blocks.push_back(block(Part::Notes, slide.number, notes[i]));
    }
    return deck;
}

Bundle bundleOf(Document document) {
    Bundle bundle;
    bundle.documents.push_back(std::move(document));
    return bundle;
}

std::string words(std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i) text += i == 0 ? "word" : " word";
    return text;
}

}  // namespace

TEST_CASE("limits-slide-count: the TQUK sample through the program: 37 slides, 2 past a limit of 35", "[limits-slide-count]") {
    const auto result =
        showcase::test::runShowcase({"check", samplePath(), "--set", "limits-slide-count.max=35", "--format", "json"});
    INFO(result.err);
    CHECK(result.exitCode == 1);
    const auto report = parseObject(result.out);
    const auto metrics = report->getObject("metrics")->getObject(kPluginId);
    REQUIRE(!metrics.isNull());

    SECTION("the deck's figures") {
        CHECK(metrics->getValue<std::string>("path") == kDeckPath);
        CHECK(metrics->getValue<int>("slides") == 37);
        CHECK(metrics->getValue<int>("hidden") == 1);
        CHECK(metrics->getValue<int>("visible") == 36);
        CHECK(metrics->getValue<int>("notes_slides") == 34);
        CHECK(metrics->getValue<int>("limit") == 35);
        CHECK(intsOf(metrics->getArray("beyond_limit")) == std::vector<int>{36, 37});
        CHECK(metrics->getValue<double>("speaking_minutes") > 0);
        CHECK(metrics->getArray("decks")->size() == 1);
    }
    SECTION("per slide: number, title, hidden, words and notes words") {
        const auto slides = metrics->getArray("per_slide");
        REQUIRE(slides->size() == 37);
        const auto hidden = slides->getObject(22);
        CHECK(hidden->getValue<int>("number") == 23);
        CHECK(hidden->getValue<bool>("hidden"));
        CHECK(hidden->getValue<std::string>("title") == "Backup: my weekly planner (not presented)");
        int notesSlides = 0;
        for (std::size_t i = 0; i < slides->size(); ++i) {
            const auto slide = slides->getObject(static_cast<unsigned>(i));
            CHECK(slide->getValue<int>("number") == static_cast<int>(i) + 1);
            CHECK(slide->getValue<int>("words") > 0);
            notesSlides += slide->getValue<bool>("has_notes") ? 1 : 0;
            if (!slide->getValue<bool>("has_notes")) CHECK(slide->getValue<int>("notes_words") == 0);
        }
        CHECK(notesSlides == 34);
    }
    SECTION("an error at slide 36 that names the slides past the limit, and a note of the hidden slide") {
        const auto findings = report->getArray("findings");
        std::vector<Poco::JSON::Object::Ptr> ours;
        for (std::size_t i = 0; i < findings->size(); ++i) {
            const auto finding = findings->getObject(static_cast<unsigned>(i));
            if (finding->getValue<std::string>("check") == kPluginId) ours.push_back(finding);
        }
        REQUIRE(ours.size() == 2);
        const auto error = ours[0]->getValue<std::string>("severity") == "error" ? ours[0] : ours[1];
        const auto info = error == ours[0] ? ours[1] : ours[0];
        CHECK(error->getValue<std::string>("message") ==
              "37 slides (limit 35); slides 36\u201337 are past the limit and will not be assessed [limits-slide-count]");
        CHECK(error->getValue<double>("value") == 37);
        CHECK(error->getValue<double>("limit") == 35);
        CHECK(error->getObject("location")->getValue<std::string>("file") == kDeckPath);
        CHECK(error->getObject("location")->getValue<int>("index") == 36);
        CHECK(info->getValue<std::string>("severity") == "info");
        CHECK_THAT(info->getValue<std::string>("message"), Catch::StartsWith("slide 23 is hidden"));
        CHECK(info->getObject("location")->getValue<int>("index") == 23);
    }
}

TEST_CASE("limits-slide-count: the limit on the sample: the slides past it are reported and flagged in the model", "[limits-slide-count]") {
    auto [options, counted, beyond, message] = GENERATE(table<std::string, int, std::vector<int>, std::string>({
        {"{}", 37, {}, ""},
        {R"({"max": 37})", 37, {}, ""},
        {R"({"max": 35})", 37, {36, 37},
         "37 slides (limit 35); slides 36\u201337 are past the limit and will not be assessed [limits-slide-count]"},
        {R"({"max": 35, "count_hidden": false})", 36, {37},
         "36 slides not counting hidden ones (limit 35); slide 37 is past the limit and will not be assessed "
         "[limits-slide-count]"},
        {R"({"max": 20})", 37, range(21, 37),
         "37 slides (limit 20); slides 21\u201337 are past the limit and will not be assessed [limits-slide-count]"},
    }));
    Bundle bundle = readSample();
    const auto run = runCheck(bundle, options);
    INFO("options " << options);
    const auto deck = std::find_if(bundle.documents.begin(), bundle.documents.end(),
                                   [](const Document& d) { return d.path == kDeckPath; });
    REQUIRE(deck != bundle.documents.end());

    CHECK(run.metrics->getValue<int>("counted") == counted);
    CHECK(intsOf(run.metrics->getArray("beyond_limit")) == beyond);
    CHECK(flaggedSlides(*deck) == beyond);
    CHECK(run.messages(Severity::Error) == (message.empty() ? std::vector<std::string>{} : std::vector<std::string>{message}));
    for (const auto& other : bundle.documents) {
        if (other.path == kDeckPath) continue;
        for (const auto& b : other.blocks) CHECK_FALSE(b.has(kBeyondLimit));
    }
}

TEST_CASE("limits-slide-count: words per slide: title, body and tables on the slide, notes apart, as Word counts them",
          "[limits-slide-count]") {
    Document deck = makeDeck({"Customer service \u2014 the basics", "Module map"}, {}, {"Say hello and introduce the module map."});
    deck.blocks.push_back(block(Part::SlideBody, 1, "I handled 25 calls a day."));
    deck.blocks.push_back(block(Part::Table, 2, "K2.1"));
    deck.blocks.push_back(block(Part::Table, 2, "Customer\u2013facing"));
    Bundle bundle = bundleOf(std::move(deck));
    const auto run = runCheck(bundle);
    const auto slides = run.metrics->getArray("per_slide");
    REQUIRE(slides->size() == 2);

    auto [position, title, wordCount, notesWords] = GENERATE(table<unsigned, std::string, int, int>({
        {0, "Customer service \u2014 the basics", 4 + 6, 7},  // the dash between spaces is no word
        {1, "Module map", 2 + 1 + 2, 0},                      // an en dash separates words, as in Word
    }));
    const auto slide = slides->getObject(position);
    CHECK(slide->getValue<std::string>("title") == title);
    CHECK(slide->getValue<int>("words") == wordCount);
    CHECK(slide->getValue<int>("notes_words") == notesWords);
    CHECK(run.metrics->getValue<int>("words") == 15);
    CHECK(run.metrics->getValue<int>("notes_words") == 7);
}

TEST_CASE("limits-slide-count: speaking time: the presented slides' notes at the pace set, against the presentation's length",
          "[limits-slide-count]") {
    // 260 words of notes on visible slides, 130 more on a hidden slide a slide show skips.
    auto [options, minutes, warning] = GENERATE(table<std::string, double, std::string>({
        {"{}", 2.0, ""},
        {R"({"minutes": 3})", 2.0, ""},
        {R"({"minutes": 1.5})", 2.0,
         "the speaker notes take about 2.0 min to say at 130 words per minute (presentation 1.5 min) [limits-slide-count]"},
        {R"({"minutes": 2, "words_per_minute": 100})", 2.6,
         "the speaker notes take about 2.6 min to say at 100 words per minute (presentation 2 min) [limits-slide-count]"},
    }));
    Bundle bundle = bundleOf(makeDeck({"One", "Two", "Backup"}, {3}, {words(200), words(60), words(130)}));
    const auto run = runCheck(bundle, options);
    INFO("options " << options);
    CHECK(run.metrics->getValue<double>("speaking_minutes") == Approx(minutes));
    CHECK(run.messages(Severity::Warning) == (warning.empty() ? std::vector<std::string>{} : std::vector<std::string>{warning}));
}

TEST_CASE("limits-slide-count: hidden slides are noted where the first one is", "[limits-slide-count]") {
    Bundle bundle = bundleOf(makeDeck({"A", "B", "C", "D", "E"}, {2, 4, 5}));
    const auto run = runCheck(bundle);
    REQUIRE(run.findings.size() == 1);
    const auto& finding = run.findings[0];
    CHECK(finding.severity == Severity::Info);
    CHECK(finding.message ==
          "slides 2, 4\u20135 are hidden: a slide show skips them, so the assessor may not see their content "
          "[limits-slide-count]");
    REQUIRE(finding.location);
    CHECK(finding.location->index == 2);
    CHECK(run.metrics->getValue<int>("hidden") == 3);
    CHECK(run.metrics->getValue<int>("visible") == 2);
}

TEST_CASE("limits-slide-count: only the presentation is held to the limit: other files are left alone", "[limits-slide-count]") {
    SECTION("a deck filed as an appendix is measured but not cut") {
        Document appendix = makeDeck({"A", "B", "C"});
        appendix.role = Role::Appendix;
        Bundle bundle = bundleOf(std::move(appendix));
        const auto run = runCheck(bundle, R"({"max": 1})");
        CHECK(run.findings.empty());
        CHECK(run.metrics->getValue<int>("slides") == 3);
        CHECK(run.metrics->get("decks").extract<Poco::JSON::Array::Ptr>()->getObject(0)->get("limit").isEmpty());
        CHECK(flaggedSlides(bundle.documents[0]).empty());
    }
    SECTION("a bundle without decks has no deck figures") {
        Document report;
        report.path = "report.docx";
        report.format = "docx";
        report.role = Role::Report;
        report.status = ReadStatus::Read;
        report.blocks.push_back(block(Part::Body, 1, "Body text."));
        Bundle bundle = bundleOf(std::move(report));
        const auto run = runCheck(bundle, R"({"max": 1})");
        CHECK(run.findings.empty());
        CHECK(run.metrics->getArray("decks")->size() == 0);
        CHECK_FALSE(run.metrics->has("slides"));
        CHECK_FALSE(bundle.documents[0].blocks[0].has(kBeyondLimit));
    }
}

TEST_CASE("limits-slide-count: bad options are warnings and leave the defaults", "[limits-slide-count]") {
    auto [options, problem] = GENERATE(table<std::string, std::string>({
        {R"({"max": "lots"})", "option max takes a whole number from 0 to 100000, not 'lots'; ignored"},
        {R"({"max": 3.5})", "option max takes a whole number from 0 to 100000, not '3.5'; ignored"},
        {R"({"count_hidden": 1})", "option count_hidden takes true or false, not '1'; ignored"},
        {R"({"words_per_minute": 0})", "option words_per_minute takes a number above 0, not '0'; ignored"},
        {R"({"colour": "red"})", "unknown option colour; ignored"},
    }));
    Bundle bundle = bundleOf(makeDeck({"A", "B"}));
    const auto run = runCheck(bundle, options);
    CHECK(run.messages(Severity::Warning) == std::vector<std::string>{problem + " [limits-slide-count]"});
    CHECK(run.messages(Severity::Error).empty());
    CHECK(run.metrics->getValue<bool>("count_hidden"));
    CHECK(run.metrics->getValue<double>("words_per_minute") == 130);
}
