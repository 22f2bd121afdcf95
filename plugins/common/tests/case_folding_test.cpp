// Case folding: the ASCII shortcut against ICU's own NFKC case fold, and Unicode text through ICU.
#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <random>
#include <string>
#include <vector>

#include "case_folding.hpp"

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

}  // namespace

TEST_CASE("ASCII folds as ICU folds it", "[case-folding]") {
    SECTION("every ASCII character on its own") {
        for (int c = 0; c < 0x80; ++c) {
            const std::string text(1, static_cast<char>(c));
            INFO("character " << c);
            CHECK(showcase::text::foldCase(text) == icuFold(text));
        }
    }
    SECTION("seeded random ASCII strings") {
        std::mt19937 random(20261123);
        std::uniform_int_distribution<int> character(0, 0x7F);
        std::uniform_int_distribution<int> length(0, 40);
        for (int i = 0; i < 2000; ++i) {
            std::string text;
            for (int n = length(random); n > 0; --n) text += static_cast<char>(character(random));
            CHECK(showcase::text::foldCase(text) == icuFold(text));
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
