#include "phrase_matcher.hpp"

#include <algorithm>

namespace showcase::evidence {
namespace {

// Prefix phrase words are filed under their first three bytes, so a text word is only compared
// with the few that could be its start.
constexpr std::size_t kBucket = 3;

}  // namespace

PhraseMatcher::PhraseMatcher(const PhraseBook& book) : book_(book), phrasesStartingWith_(book.words.size()) {
    for (std::size_t i = 0; i < book.words.size(); ++i) {
        const auto& word = book.words[i];
        byStem_[word.stem].push_back(static_cast<int>(i));
        if (word.prefix) prefixesByStart_[word.folded.substr(0, kBucket)].push_back(static_cast<int>(i));
    }
    for (std::size_t i = 0; i < book.phrases.size(); ++i) {
        phrasesStartingWith_[static_cast<std::size_t>(book.phrases[i].words.front())].push_back(static_cast<int>(i));
    }
}

const std::vector<int>& PhraseMatcher::phraseWordsOf(const Word& word) {
    const auto slot = static_cast<std::size_t>(word.id);
    if (known_[slot]) return byWordId_[slot];
    std::vector<int> ids;
    if (auto found = byStem_.find(std::string(word.stem)); found != byStem_.end()) ids = found->second;
    if (auto bucket = prefixesByStart_.find(std::string(word.folded.substr(0, kBucket))); bucket != prefixesByStart_.end()) {
        for (int id : bucket->second) {
            const auto& start = book_.words[static_cast<std::size_t>(id)].folded;
            if (word.folded.compare(0, start.size(), start) == 0) ids.push_back(id);
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    known_[slot] = 1;
    byWordId_[slot] = std::move(ids);
    return byWordId_[slot];
}

void PhraseMatcher::mark(const std::vector<Word>& words, std::vector<char>& marks) {
    // Room for every id first: the pointers taken below must not move.
    std::size_t slots = known_.size();
    for (const auto& word : words) slots = std::max(slots, static_cast<std::size_t>(word.id) + 1);
    known_.resize(slots, 0);
    byWordId_.resize(slots);
    std::vector<const std::vector<int>*> at;
    at.reserve(words.size());
    for (const auto& word : words) at.push_back(&phraseWordsOf(word));
    for (std::size_t position = 0; position < at.size(); ++position) {
        for (int first : *at[position]) {
            for (int phraseId : phrasesStartingWith_[static_cast<std::size_t>(first)]) {
                const auto& phraseWords = book_.phrases[static_cast<std::size_t>(phraseId)].words;
                if (position + phraseWords.size() > at.size()) continue;
                bool all = true;
                for (std::size_t k = 1; k < phraseWords.size() && all; ++k) {
                    const auto& here = *at[position + k];
                    all = std::binary_search(here.begin(), here.end(), phraseWords[k]);
                }
                if (all) marks[static_cast<std::size_t>(phraseId)] = 1;
            }
        }
    }
}

}  // namespace showcase::evidence
