// limits-word-count loaded and run by the host, on our samples: the program's output, and the
// model after the plugin has run in-process.
#include <catch2/catch.hpp>

#include <Poco/JSON/Parser.h>

#include "analysis/analysis_session.hpp"
#include "bundle/bundle_reader.hpp"
#include "plugin_host/plugin_host.hpp"
#include "support/run_process.hpp"
#include "support/test_paths.hpp"

using showcase::test::runShowcase;
using showcase::test::sourcePath;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

const std::string kReport = "Showcase report - Megan Hollis.docx";

Object::Ptr checkJson(const std::vector<std::string>& extra, int expectedExit) {
    std::vector<std::string> arguments = {"check", sourcePath("samples/highfield-report.zip"), "--format", "json"};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    const auto result = runShowcase(arguments);
    INFO(result.err);
    REQUIRE(result.exitCode == expectedExit);
    Poco::JSON::Parser parser;
    return parser.parse(result.out).extract<Object::Ptr>();
}

Object::Ptr metricsOf(const Object::Ptr& report) { return report->getObject("metrics")->getObject("limits-word-count"); }

std::vector<Object::Ptr> findingsOf(const Object::Ptr& report) {
    std::vector<Object::Ptr> found;
    const Array::Ptr findings = report->getArray("findings");
    for (std::size_t i = 0; i < findings->size(); ++i) {
        Object::Ptr finding = findings->getObject(static_cast<unsigned>(i));
        if (finding->getValue<std::string>("check") == "limits-word-count") found.push_back(finding);
    }
    return found;
}

Object::Ptr excludedWith(const Object::Ptr& metrics, const std::string& reason) {
    const Array::Ptr excluded = metrics->getArray("excluded");
    for (std::size_t i = 0; i < excluded->size(); ++i) {
        Object::Ptr range = excluded->getObject(static_cast<unsigned>(i));
        if (range->getValue<std::string>("reason") == reason) return range;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("the Highfield sample's report counts 4,396 words without cover and appendix", "[limits-word-count][e2e]") {
    const Object::Ptr report = checkJson({}, 0);
    const Object::Ptr metrics = metricsOf(report);
    REQUIRE(metrics);
    // The sample's generator counts 4,403 whitespace-separated words before the Appendix heading;
    // Word's rules drop the 66 cover words, add the 2 footnotes' 60 and split or join a few dashes.
    CHECK(metrics->getValue<int>("words") == 4396);
    CHECK(metrics->getValue<int>("icu_words") == 4435);
    CHECK(metrics->isNull("limit"));
    CHECK_FALSE(metrics->has("cutoff"));
    CHECK(excludedWith(metrics, "cover")->getValue<int>("words") == 66);
    CHECK(excludedWith(metrics, "back matter")->getValue<std::string>("heading") == "Appendix");
    CHECK(excludedWith(metrics, "back matter")->getValue<int>("words") == 220);
    CHECK(excludedWith(metrics, "role appendix")->getValue<std::string>("file") == "Appendices/Customer feedback.pdf");
    CHECK(metrics->getObject("by_part")->getObject("footnote")->getValue<int>("words") == 60);
    CHECK_FALSE(metrics->getObject("by_part")->getObject("header")->getValue<bool>("counted"));
    CHECK(metrics->getArray("by_section")->size() == 4);
    CHECK(metrics->getArray("by_file")->getObject(0)->getValue<std::string>("file") == kReport);
    CHECK(metrics->getObject("policy")->getValue<std::string>("footnotes") == "document");

    const Object::Ptr saved = metrics->getArray("saved_words")->getObject(0);
    CHECK(saved->getValue<int>("saved_words") == 4622);
    CHECK(saved->getValue<int>("main_text_words") == 4622);
    CHECK_FALSE(saved->getValue<bool>("saved_by_word"));  // our generator, not Word

    const auto findings = findingsOf(report);
    REQUIRE(findings.size() == 2);
    CHECK(findings[0]->getValue<std::string>("severity") == "info");
    CHECK(findings[0]->getValue<std::string>("message") ==
          "4,396 words in the report (Word-compatible; Unicode count 4,435) [limits-word-count]");
    CHECK(findings[1]->getValue<std::string>("severity") == "warning");
    CHECK_THAT(findings[1]->getValue<std::string>("message"), Catch::Contains("not Microsoft Word"));
}

TEST_CASE("a maximum passed gives an error at the cutoff, with the limit", "[limits-word-count][e2e]") {
    const Object::Ptr report = checkJson({"--set", "limits-word-count.max=3000"}, 1);
    const Object::Ptr metrics = metricsOf(report);
    const Object::Ptr limit = metrics->getObject("limit");
    CHECK(limit->getValue<int>("max") == 3000);
    CHECK(limit->isNull("min"));
    CHECK(limit->getValue<int>("accepted_max") == 3000);

    const Object::Ptr cutoff = metrics->getObject("cutoff");
    REQUIRE(cutoff);
    CHECK(cutoff->getValue<std::string>("file") == kReport);
    CHECK(cutoff->getValue<std::string>("part") == "body");
    CHECK(cutoff->getValue<int>("index") == 81);
    CHECK(cutoff->getValue<int>("word_number") == 3000);
    // Checked independently: a whitespace-and-dash split of the dump's blocks reaches word 3,000 there.
    CHECK(cutoff->getValue<int>("word_in_block") == 65);
    CHECK(cutoff->getValue<std::string>("word") == "was");
    CHECK(cutoff->getValue<std::string>("quote") == "\u2026was open, so the evening was \u2016 not wasted. She chose the refund,\u2026");
    const Array::Ptr path = cutoff->getArray("heading_path");
    REQUIRE(path->size() == 2);
    CHECK(path->getElement<std::string>(1) == "Dealing with customer conflict and challenge");

    Object::Ptr error;
    for (const auto& finding : findingsOf(report)) {
        if (finding->getValue<std::string>("severity") == "error") error = finding;
    }
    REQUIRE(error);
    CHECK(error->getValue<std::string>("message") == "4,396 words (limit 3,000) [limits-word-count]");
    CHECK(error->getValue<int>("value") == 4396);
    CHECK(error->getValue<int>("limit") == 3000);
    CHECK(error->getObject("location")->getValue<int>("index") == 81);
}

TEST_CASE("tolerance and minimum", "[limits-word-count][e2e]") {
    SECTION("within the tolerance: a warning, no error, no cutoff") {
        const Object::Ptr report =
            checkJson({"--set", "limits-word-count.max=4000", "--set", "limits-word-count.tolerance=10"}, 0);
        CHECK_FALSE(metricsOf(report)->has("cutoff"));
        bool warned = false;
        for (const auto& finding : findingsOf(report)) {
            warned = warned || finding->getValue<std::string>("message") ==
                                   "4,396 words (limit 4,000, 10% tolerance: up to 4,400): over the limit, within "
                                   "the tolerance [limits-word-count]";
        }
        CHECK(warned);
    }
    SECTION("below the minimum: a warning") {
        const Object::Ptr report = checkJson({"--set", "limits-word-count.min=5000"}, 0);
        bool warned = false;
        for (const auto& finding : findingsOf(report)) {
            warned = warned || (finding->getValue<std::string>("severity") == "warning" &&
                                finding->getValue<std::string>("message") == "4,396 words (minimum 5,000) [limits-word-count]");
        }
        CHECK(warned);
    }
    SECTION("a bad option is an error finding, and the count still runs") {
        const Object::Ptr report = checkJson({"--set", "limits-word-count.max=many"}, 1);
        CHECK(metricsOf(report)->getValue<int>("words") == 4396);
        CHECK(metricsOf(report)->isNull("limit"));
    }
}

TEST_CASE("the explain option (--explain-count) lists where the two counts differ", "[limits-word-count][e2e]") {
    const Object::Ptr metrics = metricsOf(checkJson({"--explain-count"}, 0));
    const Object::Ptr explain = metrics->getObject("explain");
    REQUIRE(explain);
    long long sum = 0;
    const Object::Ptr kinds = explain->getObject("by_kind");
    for (const auto& [kind, total] : *kinds) {
        sum += total.extract<Object::Ptr>()->getValue<long long>("words_minus_icu_words");
    }
    CHECK(sum == 4396 - 4435);
    CHECK(explain->getValue<int>("differences") == 39);
    const Array::Ptr listed = explain->getArray("listed");
    REQUIRE(listed->size() == 39);
    CHECK(listed->getObject(1)->getValue<std::string>("text") == "ten-year");
    CHECK(listed->getObject(1)->getValue<std::string>("kind") == "split_by_unicode");
}

TEST_CASE("the plugin marks every counted block past the cutoff in the model", "[limits-word-count][e2e]") {
    showcase::Bundle bundle = showcase::bundle::readBundle(sourcePath("samples/highfield-report.zip"), {});
    showcase::host::PluginHost host;
    REQUIRE(host.loadLibrary(showcase::test::buildPath("lib/showcase/plugins/limits-word-count.so")));
    showcase::host::AnalysisSession session(bundle, "");
    Object::Ptr options = new Object;
    options->set("max", 3000.0);
    session.setPluginOptions("limits-word-count", options);
    host.runAll(session);

    const showcase::Document* report = nullptr;
    for (const auto& document : bundle.documents) {
        if (document.path == kReport) report = &document;
    }
    REQUIRE(report != nullptr);
    // Counted: visible body, table and footnote text outside the Appendix (the cover comes first).
    bool afterCutoff = false;
    std::size_t marked = 0;
    for (const auto& block : report->blocks) {
        const bool inAppendix = (!block.headingPath.empty() && block.headingPath.front() == "Appendix") ||
                                (block.has(showcase::kHeading) && block.text == "Appendix");
        const bool counted = (block.part == showcase::Part::Body || block.part == showcase::Part::Table ||
                              block.part == showcase::Part::Footnote) &&
                             !block.has(showcase::kHiddenText) && !block.has(showcase::kTrackedDeletion) && !inAppendix;
        INFO(showcase::partName(block.part) << " #" << block.index << ": " << block.text);
        CHECK(block.has(showcase::kBeyondLimit) == (afterCutoff && counted));
        marked += block.has(showcase::kBeyondLimit) ? 1 : 0;
        afterCutoff = afterCutoff || (block.part == showcase::Part::Body && block.index == 81);
    }
    CHECK(marked > 20);
    for (const auto& document : bundle.documents) {
        if (document.path == kReport) continue;
        for (const auto& block : document.blocks) CHECK_FALSE(block.has(showcase::kBeyondLimit));
    }
}

TEST_CASE("bundles without a report are measured as zero words, the others listed", "[limits-word-count][e2e]") {
    const auto result = runShowcase({"check", sourcePath("samples/tquk-presentation.tar.gz"), "--format", "json"});
    Poco::JSON::Parser parser;
    const Object::Ptr report = parser.parse(result.out).extract<Object::Ptr>();
    const Object::Ptr metrics = metricsOf(report);
    CHECK(metrics->getValue<int>("words") == 0);
    CHECK(excludedWith(metrics, "role slides")->getValue<std::string>("file") == "Showcase presentation - Daniel Osei.pptx");
    const auto findings = findingsOf(report);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0]->getValue<std::string>("message") == "no file with the role report: no words counted [limits-word-count]");

    const auto journal = runShowcase({"check", sourcePath("samples/gateway-journal"), "--format", "json"});
    CHECK(metricsOf(parser.parse(journal.out).extract<Object::Ptr>())->getValue<int>("words") == 940);
}
