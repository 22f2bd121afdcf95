#include "text_analyser.hpp"

#include "case_folding.hpp"
#include "english_stemmer.hpp"

#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace showcase::evidence {
namespace {

// Words so common that matching them says nothing about a criterion. Kept short on purpose:
// pronouns and negations stay, because needs such as "I never" or "could not" depend on them.
const std::unordered_set<std::string>& functionWords() {
    static const std::unordered_set<std::string> words{
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "with", "as", "is", "are",
        "was", "were", "be", "been", "being", "it", "its", "that", "this", "these", "those", "by", "from",
        "s", "t"};
    return words;
}

constexpr std::size_t kLongestFunctionWord = 5;  // the longest of them: "being", "these", "those"

}  // namespace

struct TextAnalyser::Impl {
    /// A distinct folded form with its stem. Entries sit in a deque, which never moves them, so
    /// Words can point into them.
    struct Entry {
        std::string folded;
        std::string stem;
        bool functionWord = false;
    };
    EnglishStemmer stemmer;
    std::deque<Entry> entries;
    // Stemming is the costly step and reports repeat their words: each form is stemmed once.
    std::unordered_map<std::string, int> ids;

    int intern(const std::string& folded) {
        auto found = ids.find(folded);
        if (found != ids.end()) return found->second;
        entries.push_back({folded, stemmer.stem(folded), folded.size() <= kLongestFunctionWord && functionWords().count(folded) != 0});
        return ids.emplace(folded, static_cast<int>(entries.size() - 1)).first->second;
    }
};

void TextAnalyser::add(const std::string& folded, std::vector<Word>& words) {
    const int id = impl_->intern(folded);
    const auto& entry = impl_->entries[static_cast<std::size_t>(id)];
    if (!entry.functionWord) words.push_back({entry.folded, entry.stem, id});
}

TextAnalyser::TextAnalyser() : impl_(std::make_unique<Impl>()) {}

TextAnalyser::~TextAnalyser() = default;

std::string TextAnalyser::fold(std::string_view utf8) const { return text::foldCase(utf8); }

std::vector<Word> TextAnalyser::words(std::string_view utf8) {
    std::vector<Word> words;
    words.reserve(utf8.size() / 6);
    text::forEachFoldedWord(utf8, [&](const std::string& folded) { add(folded, words); });
    return words;
}

}  // namespace showcase::evidence
