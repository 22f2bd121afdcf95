#include "topic_model.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <cmath>
#include <fstream>
#include <stdexcept>
#include <set>
#include <unordered_map>

namespace showcase::evidence {
namespace {

// Adam's usual constants: full-batch steps, so the result depends on nothing but the data.
constexpr double kStep = 0.05;
constexpr double kFirstMoment = 0.9;
constexpr double kSecondMoment = 0.999;
constexpr double kEpsilon = 1e-8;
constexpr double kDecimals = 1000.0;
constexpr const char* kModelFormat = "evidence-topic-model/1";

struct Corpus {
    std::vector<std::string> stems;              ///< by feature id
    std::vector<std::vector<int>> rows;          ///< each example's feature ids
    std::vector<const std::string*> criterionOf; ///< each example's criterion
};

Corpus indexCorpus(const std::vector<ExamplePassage>& examples, const TrainingSettings& settings, TextAnalyser& analyser) {
    Corpus corpus;
    std::vector<std::vector<std::string>> stemsOf;
    std::unordered_map<std::string, int> examplesWith;
    for (const auto& example : examples) {
        stemsOf.push_back(topicFeatures(example.text, analyser));
        for (const auto& stem : stemsOf.back()) ++examplesWith[stem];
    }
    const double commonest = settings.commonestShare * static_cast<double>(examples.size());
    std::unordered_map<std::string, int> ids;
    for (std::size_t i = 0; i < examples.size(); ++i) {
        const auto& example = examples[i];
        std::vector<int> row;
        for (const auto& stem : stemsOf[i]) {
            const int count = examplesWith[stem];
            if (count < settings.fewestExamples || count > commonest) continue;
            auto found = ids.find(stem);
            if (found == ids.end()) {
                found = ids.emplace(stem, static_cast<int>(corpus.stems.size())).first;
                corpus.stems.push_back(stem);
            }
            row.push_back(found->second);
        }
        corpus.rows.push_back(std::move(row));
        corpus.criterionOf.push_back(&example.criterion);
    }
    return corpus;
}

double rounded(double value) { return std::round(value * kDecimals) / kDecimals; }

TopicWeights trainOne(const Corpus& corpus, const std::string& criterion, const TrainingSettings& settings) {
    const std::size_t features = corpus.stems.size();
    const std::size_t examples = corpus.rows.size();
    std::vector<char> positive(examples, 0);
    std::size_t positives = 0;
    for (std::size_t i = 0; i < examples; ++i) {
        positive[i] = *corpus.criterionOf[i] == criterion ? 1 : 0;
        positives += positive[i] ? 1 : 0;
    }
    // Each side carries a fixed share of the loss, so a criterion with few examples is not
    // drowned by the many examples of all the others.
    const double positiveWeight = settings.positiveShare / static_cast<double>(positives);
    const double negativeWeight = positives == examples ? 0.0 : (1.0 - settings.positiveShare) / static_cast<double>(examples - positives);
    // Parameter 0 is the bias; feature f is parameter f + 1.
    std::vector<double> theta(features + 1, 0.0), moment(features + 1, 0.0), square(features + 1, 0.0), gradient(features + 1);
    for (int step = 1; step <= settings.iterations; ++step) {
        gradient.assign(features + 1, 0.0);
        for (std::size_t i = 0; i < examples; ++i) {
            double sum = theta[0];
            for (int f : corpus.rows[i]) sum += theta[static_cast<std::size_t>(f) + 1];
            const double error = (topicProbability(sum) - positive[i]) * (positive[i] ? positiveWeight : negativeWeight);
            gradient[0] += error;
            for (int f : corpus.rows[i]) gradient[static_cast<std::size_t>(f) + 1] += error;
        }
        const double firstCorrection = 1.0 - std::pow(kFirstMoment, step);
        const double secondCorrection = 1.0 - std::pow(kSecondMoment, step);
        for (std::size_t k = 0; k <= features; ++k) {
            const double g = gradient[k] + (k == 0 ? 0.0 : settings.l2 * theta[k]);
            moment[k] = kFirstMoment * moment[k] + (1 - kFirstMoment) * g;
            square[k] = kSecondMoment * square[k] + (1 - kSecondMoment) * g * g;
            theta[k] -= kStep * (moment[k] / firstCorrection) / (std::sqrt(square[k] / secondCorrection) + kEpsilon);
        }
    }
    TopicWeights model;
    model.bias = rounded(theta[0]);
    for (std::size_t f = 0; f < features; ++f) {
        const double weight = rounded(theta[f + 1]);
        if (std::abs(weight) >= settings.smallestWeight) model.weights[corpus.stems[f]] = weight;
    }
    return model;
}

double finiteNumber(const Poco::Dynamic::Var& value, const std::string& what) {
    double number = 0;
    try {
        number = value.convert<double>();
    } catch (const Poco::Exception&) {
        throw std::runtime_error(what + " is not a number");
    }
    if (!value.isNumeric() || !std::isfinite(number)) throw std::runtime_error(what + " is not a number");
    return number;
}

std::map<std::string, TopicWeights> parseTopicModels(std::istream& in) {
    Poco::JSON::Object::Ptr root;
    try {
        root = Poco::JSON::Parser().parse(in).extract<Poco::JSON::Object::Ptr>();
    } catch (const Poco::Exception& error) {
        throw std::runtime_error("not a JSON object (" + error.displayText() + ")");
    }
    if (root->optValue<std::string>("format", "") != kModelFormat) throw std::runtime_error(std::string("'format' is not ") + kModelFormat);
    const auto criteria = root->getObject("criteria");
    if (!criteria) throw std::runtime_error("it has no 'criteria' object");
    std::map<std::string, TopicWeights> models;
    for (const auto& [id, value] : *criteria) {
        const auto entry = value.type() == typeid(Poco::JSON::Object::Ptr) ? value.extract<Poco::JSON::Object::Ptr>() : nullptr;
        const auto weights = entry ? entry->getObject("weights") : nullptr;
        if (!weights || !entry->has("bias")) throw std::runtime_error("criterion " + id + " needs a 'bias' and a 'weights' object");
        TopicWeights& model = models[id];
        model.bias = finiteNumber(entry->get("bias"), "the bias of " + id);
        for (const auto& [stem, weight] : *weights) model.weights[stem] = finiteNumber(weight, "the weight of '" + stem + "' for " + id);
    }
    return models;
}

}  // namespace

std::map<std::string, TopicWeights> readTopicModels(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot be opened");
    try {
        return parseTopicModels(in);
    } catch (const std::runtime_error& error) {
        throw std::runtime_error(path + ": " + error.what());
    }
}

double topicProbability(double sum) { return 1.0 / (1.0 + std::exp(-sum)); }

std::vector<std::string> topicFeatures(const std::string& text, TextAnalyser& analyser) {
    std::vector<std::string> stems;
    std::set<std::string_view> seen;
    for (const auto& word : analyser.words(text)) {
        if (seen.insert(word.stem).second) stems.emplace_back(word.stem);
    }
    return stems;
}

std::map<std::string, TopicWeights> trainTopicModels(const std::vector<ExamplePassage>& examples,
                                                     const TrainingSettings& settings, TextAnalyser& analyser) {
    const Corpus corpus = indexCorpus(examples, settings, analyser);
    std::set<std::string> criteria;
    for (const auto& example : examples) criteria.insert(example.criterion);
    std::map<std::string, TopicWeights> models;
    for (const auto& criterion : criteria) models[criterion] = trainOne(corpus, criterion, settings);
    return models;
}

}  // namespace showcase::evidence
