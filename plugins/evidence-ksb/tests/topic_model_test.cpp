// The topic model: training on a corpus, the model the build trains from mappings/, reading a
// model file, and the check's topic_model option.
#include <catch2/catch.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "support/run_process.hpp"
#include "support/test_paths.hpp"
#include "text_analyser.hpp"
#include "topic_model.hpp"

using namespace showcase;

namespace {

double probabilityOf(const evidence::TopicWeights& model, const std::string& text, evidence::TextAnalyser& analyser) {
    double sum = model.bias;
    for (const auto& stem : evidence::topicFeatures(text, analyser)) {
        const auto found = model.weights.find(stem);
        if (found != model.weights.end()) sum += found->second;
    }
    return evidence::topicProbability(sum);
}

const std::vector<evidence::ExamplePassage> kSmallCorpus = {
    {"refunds", "She brought the receipt back and I gave her a refund on her card."},
    {"refunds", "The kettle was faulty so I refunded it and swapped the receipt."},
    {"refunds", "He had no receipt, so I offered an exchange rather than a refund."},
    {"refunds", "Refunds go back to the card used; the receipt proves the date."},
    {"rota", "I swapped my shift on the rota so the desk had cover on Saturday."},
    {"rota", "When Sam was off sick I covered his early shift and updated the rota."},
    {"rota", "The rota was short at lunch, so I moved my break to give cover."},
    {"rota", "Our manager posts the rota on Friday and we ask for swaps by Monday."},
    {"survey", "Every month we read the survey scores and the comments customers leave."},
    {"survey", "The survey asked customers to score us from one to ten."},
    {"survey", "Our survey score went up after we changed the queue system."},
    {"survey", "I read the survey comments and shared two with the team."},
};

std::string writeFile(const test::ScratchFolder& folder, const std::string& name, const std::string& text) {
    const std::string path = folder.path() + "/" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

}  // namespace

TEST_CASE("training learns the words of each criterion's examples, the same way every time", "[evidence-ksb][topic-model]") {
    evidence::TextAnalyser analyser;
    const auto models = evidence::trainTopicModels(kSmallCorpus, evidence::TrainingSettings{0.05, 0.5, 600, 0.0, 1, 1.0}, analyser);
    REQUIRE(models.size() == 3);
    SECTION("a word of one criterion's examples weighs for it and against the others") {
        const std::string refund = analyser.words("refund").front().stem.data();
        CHECK(models.at("refunds").weights.at(refund) > 0.3);
        CHECK(models.at("rota").weights.at(refund) < 0);
    }
    SECTION("a new passage is most likely about the criterion whose words it shares") {
        const std::string text = "The customer had lost her receipt, so I checked the card payment before the refund.";
        const double refunds = probabilityOf(models.at("refunds"), text, analyser);
        CHECK(refunds > 0.5);
        CHECK(refunds > probabilityOf(models.at("rota"), text, analyser));
        CHECK(refunds > probabilityOf(models.at("survey"), text, analyser));
    }
    SECTION("the same examples give the same weights") {
        evidence::TextAnalyser another;
        const auto again = evidence::trainTopicModels(kSmallCorpus, evidence::TrainingSettings{0.05, 0.5, 600, 0.0, 1, 1.0}, another);
        for (const auto& [criterion, model] : models) {
            CHECK(again.at(criterion).bias == model.bias);
            CHECK(again.at(criterion).weights == model.weights);
        }
    }
}

TEST_CASE("the model the build trains from the ST0072 corpus tells its criteria apart", "[evidence-ksb][topic-model]") {
    const auto models = evidence::readTopicModels(test::buildPath("share/showcase/topic-models/st0072.json"));
    REQUIRE(models.size() == 40);
    evidence::TextAnalyser analyser;
    int examples = 0;
    int topFirst = 0;
    for (const auto& entry : std::filesystem::directory_iterator(test::sourcePath("mappings/standards/st0072/corpus"))) {
        std::ifstream in(entry.path());
        const auto passages = Poco::JSON::Parser().parse(in).extract<Poco::JSON::Object::Ptr>()->getArray("passages");
        for (std::size_t i = 0; i < passages->size(); ++i) {
            const auto passage = passages->getObject(static_cast<unsigned>(i));
            const auto criterion = passage->getValue<std::string>("criterion");
            const auto text = passage->getValue<std::string>("text");
            REQUIRE(models.count(criterion) == 1);
            std::string best;
            double bestProbability = -1;
            for (const auto& [id, model] : models) {
                const double probability = probabilityOf(model, text, analyser);
                if (probability > bestProbability) {
                    bestProbability = probability;
                    best = id;
                }
            }
            ++examples;
            topFirst += best == criterion ? 1 : 0;
        }
    }
    CHECK(examples == 960);
    // Its own examples, so most are placed right; what it does on showcases it has never seen is
    // measured in bench/eval/README.md.
    CHECK(topFirst >= examples * 9 / 10);
}

TEST_CASE("a model file that cannot be used is refused with the file and the reason", "[evidence-ksb][topic-model]") {
    test::ScratchFolder folder("topic-model-files");
    using Row = std::tuple<std::string, std::string>;
    const auto [content, reason] = GENERATE(table<std::string, std::string>({
        Row{"[1, 2]", "not a JSON object"},
        Row{R"({"format": "something-else/1", "criteria": {}})", "'format' is not evidence-topic-model/1"},
        Row{R"({"format": "evidence-topic-model/1"})", "it has no 'criteria' object"},
        Row{R"({"format": "evidence-topic-model/1", "criteria": {"M02-K1": {"weights": {}}}})", "criterion M02-K1 needs a 'bias' and a 'weights' object"},
        Row{R"({"format": "evidence-topic-model/1", "criteria": {"M02-K1": {"bias": 0, "weights": {"aim": "high"}}}})", "the weight of 'aim' for M02-K1 is not a number"},
    }));
    const std::string path = writeFile(folder, "model.json", content);
    CAPTURE(content);
    REQUIRE_THROWS_WITH(evidence::readTopicModels(path), Catch::Matchers::StartsWith(path + ": " + reason));
}

TEST_CASE("a model file that is not there is refused by name", "[evidence-ksb][topic-model]") {
    const std::string path = test::buildPath("no-such-topic-model.json");
    REQUIRE_THROWS_WITH(evidence::readTopicModels(path), path + ": cannot be opened");
}

TEST_CASE("the topic_model option changes the scores, and a model that cannot be read is an error but not the end of the check",
          "[evidence-ksb][topic-model]") {
    const auto scoresWith = [](const std::vector<std::string>& extra, Poco::JSON::Array::Ptr& findings) {
        std::vector<std::string> arguments{"check", test::sourcePath("samples/highfield-report.zip"), "--profile", "highfield-report",
                                           "--format", "json", "--quiet"};
        arguments.insert(arguments.end(), extra.begin(), extra.end());
        const auto result = test::runShowcase(arguments);
        const auto report = Poco::JSON::Parser().parse(result.out).extract<Poco::JSON::Object::Ptr>();
        findings = report->getArray("findings");
        std::map<std::string, double> scores;
        const auto criteria = report->getObject("metrics")->getObject("evidence-ksb")->getArray("criteria");
        for (std::size_t i = 0; i < criteria->size(); ++i) {
            const auto criterion = criteria->getObject(static_cast<unsigned>(i));
            const auto evidence = criterion->getArray("evidence");
            scores[criterion->getValue<std::string>("id")] = evidence->size() ? evidence->getObject(0)->getValue<double>("score") : 0.0;
        }
        return scores;
    };
    const auto errorsOf = [](const Poco::JSON::Array::Ptr& findings) {
        std::vector<std::string> errors;
        for (std::size_t i = 0; i < findings->size(); ++i) {
            const auto finding = findings->getObject(static_cast<unsigned>(i));
            if (finding->getValue<std::string>("severity") == "error") errors.push_back(finding->getValue<std::string>("message"));
        }
        return errors;
    };
    Poco::JSON::Array::Ptr findings;
    const auto without = scoresWith({}, findings);
    REQUIRE(without.size() == 40);
    SECTION("the trained model") {
        const auto with = scoresWith({"--set", "evidence-ksb.topic_model=" + test::buildPath("share/showcase/topic-models/st0072.json")}, findings);
        CHECK(errorsOf(findings).empty());
        REQUIRE(with.size() == 40);
        int changed = 0;
        for (const auto& [id, score] : with) changed += score != without.at(id) ? 1 : 0;
        CHECK(changed >= 20);
    }
    SECTION("a path with nothing there") {
        const std::string path = test::buildPath("no-such-topic-model.json");
        const auto with = scoresWith({"--set", "evidence-ksb.topic_model=" + path}, findings);
        const auto errors = errorsOf(findings);
        REQUIRE(errors.size() == 1);
        CHECK(errors.front().find("topic model not used: " + path + ": cannot be opened") != std::string::npos);
        CHECK(with == without);
    }
}
