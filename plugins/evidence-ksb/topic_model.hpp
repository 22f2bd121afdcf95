// A learnt model of which criterion a passage is about: one logistic regression per criterion
// over the stems a passage holds, trained by showcase-train-evidence on a corpus of example
// passages written for the standard (mappings/standards/<id>/corpus/). Optional: the check uses
// it only when the topic_model option names a trained file (README, "Topic model").
#pragma once

#include <map>
#include <string>
#include <vector>

#include "text_analyser.hpp"

namespace showcase::evidence {

/// One criterion's model: the probability that a passage is about it is
/// 1 / (1 + exp(-(bias + the sum of the weights of the stems it holds))).
struct TopicWeights {
    double bias = 0;
    std::map<std::string, double> weights;  ///< by stem, as TextAnalyser stems
};

/// An example passage of the corpus and the criterion it was written for.
struct ExamplePassage {
    std::string criterion;
    std::string text;
};

/// How the models are trained; the defaults were chosen on the development split (bench/eval/README.md).
struct TrainingSettings {
    double l2 = 0.05;             ///< penalty on the squared weights, per example
    double positiveShare = 0.5;   ///< the share of the loss the criterion's own examples carry
    int iterations = 600;
    double smallestWeight = 0.1;  ///< weights nearer zero than this are not kept
    int fewestExamples = 2;       ///< a stem in fewer examples than this is a name or a typo, not a topic
    double commonestShare = 0.1;  ///< a stem in more than this share of the examples is style, not a topic
};

/// Trains one model per criterion named in `examples`, each against the examples of every other
/// criterion. Deterministic: the same examples and settings give the same weights.
std::map<std::string, TopicWeights> trainTopicModels(const std::vector<ExamplePassage>& examples,
                                                     const TrainingSettings& settings, TextAnalyser& analyser);

/// The distinct stems of `text` in order of first appearance: what the models see of a passage.
std::vector<std::string> topicFeatures(const std::string& text, TextAnalyser& analyser);

/// The models of a file that showcase-train-evidence wrote (format evidence-topic-model/1), by
/// criterion id. Throws std::runtime_error naming the file and what is wrong with it.
std::map<std::string, TopicWeights> readTopicModels(const std::string& path);

/// The logistic function: a model's sum turned into a probability.
double topicProbability(double sum);

}  // namespace showcase::evidence
