// Case folding and word splitting: the shortcut against ICU's own NFKC case fold and character
// properties, and other text through ICU.
#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <random>
#include <string>
#include <vector>

#include "case_folding.hpp"
#include "unicode_module.hpp"

namespace {

std::string icuFold(const std::string& utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* folding = icu::Normalizer2::getNFKCCasefoldInstance(status);
    REQUIRE(U_SUCCESS(status));
    const icu::UnicodeString folded = folding->normalize(icu::UnicodeString::fromUTF8(utf8), status);
    REQUIRE(U_SUCCESS(status));
    std::string out;
    folded.toUTF8String(out);
    return out;
}

std::vector<std::string> wordsOf(const std::string& folded) {
    std::vector<std::string> words;
    showcase::text::forEachWord(folded, [&](const std::string& word) { words.push_back(word); });
    return words;
}

// The words of `text` folded and split in one go.
std::vector<std::string> foldedWordsOf(const std::string& text) {
    std::vector<std::string> words;
    showcase::text::forEachFoldedWord(text, [&](const std::string& word) { words.push_back(word); });
    return words;
}

// The same text split by the module, that is by ICU's character properties.
std::vector<std::string> icuWordsOf(const std::string& folded) {
    std::vector<std::string> words;
    showcase::text::unicodeModule().forEachWord(folded, [&](const std::string& word) { words.push_back(word); });
    return words;
}

std::string utf8Of(char32_t c) {
    std::string out;
    icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(out);
    return out;
}

}  // namespace

TEST_CASE("the shortcut folds and splits as ICU does", "[case-folding]") {
    SECTION("every character of Latin-1 and General Punctuation on its own, and between letters") {
        std::vector<char32_t> characters;
        for (char32_t c = 0; c < 0x100; ++c) characters.push_back(c);
        for (char32_t c = 0x2000; c < 0x2070; ++c) characters.push_back(c);
        for (char32_t c : {0x25AA, 0x25A0, 0x25E6, 0x25CF, 0x25CB, 0x2713, 0x2714, 0x2192}) characters.push_back(c);
        for (const char32_t c : characters) {
            for (const std::string& text : {utf8Of(c), "Ab" + utf8Of(c) + "Cd", "9" + utf8Of(c) + "9"}) {
                INFO("U+" << std::hex << static_cast<unsigned>(c) << " in \"" << text << "\"");
                const std::string folded = showcase::text::foldCase(text);
                CHECK(folded == icuFold(text));
                CHECK(wordsOf(folded) == icuWordsOf(folded));
                CHECK(foldedWordsOf(text) == wordsOf(folded));
            }
        }
    }
}

TEST_CASE("random strings fold and split as ICU does them", "[case-folding]") {
    // Strings of the first list take the shortcut; a character of the second sends them to ICU.
    const std::vector<std::string> handled = {
        "a", "Z", "q", "7", " ", "'", ".", "-", "\n", "\u00E9", "\u00C9", "\u00FF", "\u00DE", "\u00D7",
        "\u00A3", "\u00A0", "\u00B0", "\u2019", "\u2018", "\u201C", "\u2013", "\u2022", "\u2026", "\u25AA",
        "\u25A0", "\u25E6", "\u25CF", "\u25CB", "\u2713", "\u2714", "\u2192"};
    const std::vector<std::string> leftToIcu = {"\u00DF", "\u00AA", "\u00B5", "\u00B7", "\u02BC", "\u0301", "\u00AD", "\uFF21"};
    auto [mixed, rounds] = GENERATE(table<bool, int>({{false, 5000}, {true, 2000}}));
    {
        INFO((mixed ? "with characters left to ICU" : "only characters the shortcut handles"));
        std::vector<std::string> alphabet = handled;
        if (mixed) alphabet.insert(alphabet.end(), leftToIcu.begin(), leftToIcu.end());
        std::mt19937 random(20261123);
        for (int i = 0; i < rounds; ++i) {
            std::string text;
            for (auto length = random() % 24; length > 0; --length) text += alphabet[random() % alphabet.size()];
            INFO("\"" << text << "\"");
            const std::string folded = showcase::text::foldCase(text);
            CHECK(folded == icuFold(text));
            CHECK(wordsOf(folded) == icuWordsOf(folded));
            CHECK(foldedWordsOf(text) == wordsOf(folded));
        }
    }
}

TEST_CASE("Unicode text folds through ICU", "[case-folding]") {
    auto [text, folded] = GENERATE(table<std::string, std::string>({
        {"Customer Care", "customer care"},
        {"Customer\u2019s CARE", "customer\u2019s care"},
        {"\uFF23\uFF21\uFF32\uFF25", "care"},  // fullwidth letters
        {"Stra\u00DFe", "strasse"},
        {"\uFB01le", "file"},  // the "fi" ligature
        {"CAF\u00C9", "caf\u00E9"},
    }));
    CHECK(showcase::text::foldCase(text) == folded);
}

TEST_CASE("words are runs of letters and digits that apostrophes join", "[case-folding]") {
    auto [text, expected] = GENERATE(table<std::string, std::vector<std::string>>({
        {"didn't stop", {"didnt", "stop"}},
        {"the customer\u2019s call", {"the", "customers", "call"}},
        {"'quoted' words", {"quoted", "words"}},
        {"customers' needs", {"customers", "needs"}},
        {"caf\u00e9 na\u00efve", {"caf\u00e9", "na\u00efve"}},
        {"K2.1 and S12", {"k2", "1", "and", "s12"}},
        {"", {}},
    }));
    std::vector<std::string> words;
    showcase::text::forEachWord(showcase::text::foldCase(text), [&](const std::string& word) { words.push_back(word); });
    CHECK(words == expected);
}
