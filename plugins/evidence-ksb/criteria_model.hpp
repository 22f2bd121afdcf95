// What the evidence check looks for, read from the resolved EPAO profile: each criterion's
// phrases (its wording, the EPAO's hints and the mappings' terms), its needs, tags and sections.
#pragma once

#include <Poco/JSON/Object.h>

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "text_analyser.hpp"
#include "topic_model.hpp"

namespace showcase::evidence {

/// A word of a phrase: it matches a text word with the same stem, or (when `prefix`) a text word
/// that starts with it ("resolv" finds "resolved"), the way the mappings write word stems.
struct PhraseWord {
    std::string folded;
    std::string stem;
    bool prefix = false;
};

/// A phrase to find, its words in order; its id indexes PhraseBook::phrases.
struct Phrase {
    std::vector<int> words;  ///< ids into PhraseBook::words
    std::string text;        ///< as written in the mappings, for reasons
};

/// Every phrase of every criterion, each stored once.
struct PhraseBook {
    std::vector<PhraseWord> words;
    std::vector<Phrase> phrases;

    /// The id of `text` as a phrase, adding it when new; -1 when it has no words. Every phrase of
    /// a book goes through the same analyser (std::logic_error otherwise).
    int add(const std::string& text, TextAnalyser& analyser);
    /// The id of the one-word phrase `word`, which `analyser` gave, adding it when new. Unlike the
    /// words of add's phrases it is matched by whole stem only, never as a prefix: the criterion's
    /// own words are whole words.
    int addWord(const Word& word, TextAnalyser& analyser);

private:
    void useAnalyser(const TextAnalyser& analyser);
    /// `analysed` is `text` as the book's analyser split it; `exact` files every word by whole stem.
    int add(const std::vector<Word>& analysed, const std::string& text, bool exact);

    const TextAnalyser* analyser_ = nullptr;
    std::vector<int> wholeWordOf_;   ///< by analyser word id: the phrase word matched by stem, or -1
    std::vector<int> prefixWordOf_;  ///< by analyser word id: the phrase word matched as a prefix, or -1
    std::unordered_map<std::string, int> phraseIds_;  ///< keyed by the bytes of the word ids
};

/// A phrase with its weight for one criterion.
struct WeightedPhrase {
    int phrase = -1;
    double weight = 1.0;
};

/// Something a criterion needs to see: met when any of its phrases appears.
struct Need {
    std::string label;
    std::vector<int> phrases;
};

/// One criterion as the check uses it.
struct CriterionSpec {
    std::string id;
    int module = 0;
    std::string moduleName;
    std::string grade;  ///< pass or distinction
    std::string text;
    std::vector<std::string> codes;      ///< the EPAO's codes as printed (K2.1, 2K1); may be empty
    std::set<std::string> tagCodes;      ///< codes recognised in text, upper-case (K2.1, 2K1, M02-K1)
    std::string component;               ///< the component whose checklist covers it, if any
    std::string prompt;
    std::vector<WeightedPhrase> query;   ///< what a passage is scored on
    std::vector<Need> needs;
    std::set<std::string> sections;      ///< template section ids the profile assigns it to
    double topicBias = 0;                ///< its topic model (topic_model.hpp): the bias
    std::vector<std::pair<int, double>> topicWeights;  ///< and the weight of each topic feature id
    bool hasTopicModel = false;
};

/// A component of a component-based showcase (Active IQ), for the outcome per component.
struct ComponentSpec {
    std::string id;
    std::string name;
    int distinctionRequired = 0;
};

/// The profile as the check reads it.
struct ProfileModel {
    std::string id;
    std::string epao;
    std::vector<CriterionSpec> criteria;
    std::vector<ComponentSpec> components;
    std::map<int, std::vector<std::string>> moduleNames;  ///< folded names of each covered module
    std::set<std::string> appendixSections;                ///< template sections that are appendices
    int distinctionRequired = 0;
    PhraseBook book;
    std::unordered_map<std::string, int> topicFeatureIds;  ///< stems the topic models weigh, by feature id
};

/// `code` upper-cased: a criterion's codes and the codes written in text compare so (K2.1, M02-K1).
std::string upperCased(std::string code);

/// Reads the resolved profile (see host/src/profiles/resolver.cpp). Throws std::runtime_error
/// naming what is missing when the profile has no evidence guide for a criterion.
ProfileModel readProfileModel(const Poco::JSON::Object::Ptr& profile, TextAnalyser& analyser);

/// Gives each criterion of `model` its topic model from `models` (by criterion id), if there is one.
void attachTopicModels(ProfileModel& model, const std::map<std::string, TopicWeights>& models);

}  // namespace showcase::evidence
