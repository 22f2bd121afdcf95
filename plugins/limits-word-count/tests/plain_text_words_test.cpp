// The shortcut of the Unicode word count for plain text (plugins/common/plain_text_words.*) must
// give exactly the segments ICU's own word break iterator gives, or the Unicode count would change
// with the shortcut.
#include <catch2/catch.hpp>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "plain_text_words.hpp"

namespace {

using Segments = std::vector<std::pair<std::size_t, std::size_t>>;

Segments segmentsByIcu(const std::string& text) {
    static const std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> created(icu::BreakIterator::createWordInstance(icu::Locale("en_GB"), status));
        REQUIRE(U_SUCCESS(status));
        return created;
    }();
    Segments segments;
    UErrorCode status = U_ZERO_ERROR;
    UText utext = UTEXT_INITIALIZER;
    utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
    iterator->setText(&utext, status);
    REQUIRE(U_SUCCESS(status));
    int32_t begin = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; begin = end, end = iterator->next()) {
        if (iterator->getRuleStatus() >= UBRK_WORD_NONE_LIMIT) segments.emplace_back(begin, end);
    }
    utext_close(&utext);
    return segments;
}

Segments segmentsByShortcut(const std::string& text) {
    Segments segments;
    const bool handled = showcase::text::forEachPlainTextWord(text, [&](std::size_t begin, std::size_t end) { segments.emplace_back(begin, end); });
    REQUIRE(handled);
    return segments;
}

}  // namespace

TEST_CASE("the plain-text shortcut segments words exactly as ICU does", "[word-count][plain-text-words]") {
    SECTION("the cases each rule is for") {
        const auto text = GENERATE(as<std::string>{}, "don't", "don\u2019t", "\u2018quoted\u2019", "\u201Cdouble\u201D",
                                   "e.g. this", "3.14 and 1,000,000", "1\u20192", "a.1 1.a", "abc123 3rd", "a:b",
                                   "name@example.com", "_ __ a_b _9", "a..b 1,,2", "a\u2013b a\u2014b", "wait\u2026",
                                   "no\u00A0break", "tab\tnew\nline\r\nend", "a;b 1;2", "x-ray well-known", "", "   ",
                                   "@@ @ @.@");
        CAPTURE(text);
        CHECK(segmentsByShortcut(text) == segmentsByIcu(text));
    }
    SECTION("random strings weighted towards the characters the rules treat specially") {
        const std::vector<std::string> alphabet = {
            "a", "Z", "b", "q", "0", "9", "1", "_", ".", ".", ",", ";", ":", "'", "'", " ", " ", "\"", "-", "\t", "\n",
            "\r", "!", "?", "(", "/", "&", "$", "@", "#", "*", "=", "<", "[", "|", "\\", "~", "`", "^", "\x01", "\x7f",
            "\x0b", "\u2018", "\u2019", "\u2019", "\u201C", "\u201D", "\u2013", "\u2014", "\u2026", "\u00A0",
            "\u00E9", "\u00C9", "\u00DF", "\u00FF", "\u00C0", "\u00D7", "\u00F7", "\u00A3", "\u00A9", "\u00AE",
            "\u00B0", "\u2022", "\u25AA", "\u25A0", "\u25E6", "\u25CF", "\u25CB", "\u2713", "\u2714", "\u2192"};
        std::mt19937 random(20261123);
        for (int trial = 0; trial < 100000; ++trial) {
            std::string text;
            for (auto length = random() % 30; length > 0; --length) text += alphabet[random() % alphabet.size()];
            CAPTURE(text);
            REQUIRE(segmentsByShortcut(text) == segmentsByIcu(text));
        }
    }
    SECTION("text with any other character is left to ICU") {
        bool called = false;
        CHECK_FALSE(showcase::text::forEachPlainTextWord("na\u00efve \u00b5s", [&](std::size_t, std::size_t) { called = true; }));
        CHECK_FALSE(showcase::text::forEachPlainTextWord("cafe\u0301", [&](std::size_t, std::size_t) { called = true; }));
        CHECK_FALSE(showcase::text::forEachPlainTextWord("\xE2\x80", [&](std::size_t, std::size_t) { called = true; }));
        CHECK_FALSE(called);
    }
}
