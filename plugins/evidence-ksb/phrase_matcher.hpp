// Finds which phrases of a PhraseBook occur in a run of words.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "criteria_model.hpp"

namespace showcase::evidence {

/// Matches phrases word by word; remembers, for each distinct text word, which phrase words it
/// satisfies, because a bundle repeats its vocabulary. The words it is given must all come from
/// one TextAnalyser, whose word ids it remembers them by.
class PhraseMatcher {
public:
    explicit PhraseMatcher(const PhraseBook& book);

    /// Sets marks[id] = 1 for every phrase found in `words` (marks has one entry per phrase).
    void mark(const std::vector<Word>& words, std::vector<char>& marks);

private:
    const std::vector<int>& phraseWordsOf(const Word& word);

    const PhraseBook& book_;
    std::unordered_map<std::string, std::vector<int>> byStem_;
    std::unordered_map<std::string, std::vector<int>> prefixesByStart_;
    std::vector<std::vector<int>> phrasesStartingWith_;
    std::vector<std::vector<int>> byWordId_;
    std::vector<char> known_;
};

}  // namespace showcase::evidence
