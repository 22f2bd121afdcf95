// Words as the evidence check compares them: Unicode-normalised, case-folded and stemmed.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace showcase::evidence {

/// One word of a text: its folded form (NFKC case fold, apostrophes dropped) and its stem, both
/// kept by the analyser that made the word, which must outlive it. `id` numbers the analyser's
/// distinct folded forms, so that what is learnt about a word is learnt once.
struct Word {
    std::string_view folded;
    std::string_view stem;
    int id = -1;
};

/// Turns text into Words: NFKC case-folded (ICU) and stemmed (Snowball); not thread-safe.
class TextAnalyser {
public:
    TextAnalyser();
    ~TextAnalyser();
    TextAnalyser(const TextAnalyser&) = delete;
    TextAnalyser& operator=(const TextAnalyser&) = delete;

    /// The words of `utf8` in order, without the few function words that never carry evidence
    /// ("the", "of", "and"...); pronouns and negations are kept ("I never", "could not").
    std::vector<Word> words(std::string_view utf8);
    /// The NFKC case-folded form of `utf8`.
    std::string fold(std::string_view utf8) const;

private:
    /// Appends the word `folded` unless it is a function word.
    void add(const std::string& folded, std::vector<Word>& words);

    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace showcase::evidence
