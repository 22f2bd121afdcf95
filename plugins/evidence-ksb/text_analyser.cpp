#include "text_analyser.hpp"

#include "case_folding.hpp"
#include "english_stemmer.hpp"

#include <algorithm>
#include <cctype>
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

namespace {

}  // namespace

TextAnalyser::TextAnalyser() : impl_(std::make_unique<Impl>()) {}

TextAnalyser::~TextAnalyser() = default;

std::string TextAnalyser::fold(std::string_view utf8) const { return text::foldCase(utf8); }

std::vector<Word> TextAnalyser::words(std::string_view utf8) {
    std::vector<Word> words;
    if (asciiWords(utf8, words)) return words;
    return unicodeWords(utf8);
}

// Most showcase text is ASCII with typographic quotes and dashes. For it, case folding is
// lower-casing, so ICU (a tenth of the whole check's time) is only needed for the rest.
bool TextAnalyser::asciiWords(std::string_view utf8, std::vector<Word>& words) {
    // The <cctype> functions consult the locale on every call; text words only need ASCII's.
    auto isAsciiAlpha = [](unsigned char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; };
    auto isAsciiAlnum = [&](unsigned char c) { return isAsciiAlpha(c) || static_cast<unsigned char>(c - '0') < 10; };
    words.reserve(utf8.size() / 6);
    std::string current;
    auto flush = [&] {
        if (current.empty()) return;
        add(current, words);
        current.clear();
    };
    for (std::size_t i = 0; i < utf8.size();) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte < 0x80) {
            if (isAsciiAlnum(byte)) {
                current += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte | 0x20 : byte);
            } else if (byte == '\'' && !current.empty() && i + 1 < utf8.size() && isAsciiAlpha(static_cast<unsigned char>(utf8[i + 1]))) {
                // "didn't" is one word: the apostrophe joins, it does not split.
            } else {
                flush();
            }
            ++i;
            continue;
        }
        // Three-byte punctuation of the General Punctuation block (U+2000..U+206F): E2 80..81 xx.
        if (byte != 0xE2 || i + 2 >= utf8.size() || (static_cast<unsigned char>(utf8[i + 1]) & 0xFE) != 0x80) return false;
        const bool rightQuote = static_cast<unsigned char>(utf8[i + 1]) == 0x80 && static_cast<unsigned char>(utf8[i + 2]) == 0x99;
        const bool joins = rightQuote && !current.empty() && i + 3 < utf8.size() && isAsciiAlpha(static_cast<unsigned char>(utf8[i + 3]));
        if (!joins) flush();
        i += 3;
    }
    flush();
    return true;
}

std::vector<Word> TextAnalyser::unicodeWords(std::string_view utf8) {
    std::vector<Word> words;
    text::forEachWord(text::foldCase(utf8), [&](const std::string& folded) { add(folded, words); });
    return words;
}

}  // namespace showcase::evidence
