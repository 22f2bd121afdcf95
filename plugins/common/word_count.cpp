#include "word_count.hpp"

#include <cstdint>
#include <stdexcept>
#include <string>

#include "plain_text_words.hpp"
#include "unicode_module.hpp"

namespace showcase::text {
namespace {

// ---- Word-compatible rules (reference §(a), rules 7 to 10) ----

enum class CharClass { Separator, EastAsian, WordCharacter };

/// Decodes the code point at `pos` and advances `pos`. A malformed or truncated sequence yields
/// its first byte as one ordinary character, so no input is ever lost or read past its end.
inline char32_t nextCodePoint(std::string_view text, std::size_t& pos) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    int length = 0;
    char32_t cp = 0;
    if ((lead & 0xE0U) == 0xC0U) {
        length = 2;
        cp = lead & 0x1FU;
    } else if ((lead & 0xF0U) == 0xE0U) {
        length = 3;
        cp = lead & 0x0FU;
    } else if ((lead & 0xF8U) == 0xF0U) {
        length = 4;
        cp = lead & 0x07U;
    } else {
        ++pos;
        return 0xFFFD;
    }
    if (pos + static_cast<std::size_t>(length) > text.size()) {
        ++pos;
        return 0xFFFD;
    }
    for (int i = 1; i < length; ++i) {
        const auto next = static_cast<unsigned char>(text[pos + static_cast<std::size_t>(i)]);
        if ((next & 0xC0U) != 0x80U) {
            ++pos;
            return 0xFFFD;
        }
        cp = (cp << 6U) | (next & 0x3FU);
    }
    pos += static_cast<std::size_t>(length);
    return cp;
}

inline bool inRange(char32_t cp, char32_t first, char32_t last) { return cp >= first && cp <= last; }

/// Rule 9's ranges: Han, kana, Hangul, Bopomofo, CJK symbols and punctuation, radicals, enclosed
/// CJK, compatibility, vertical and half/fullwidth forms. U+3000 is a separator and is tested
/// before this. Enclosed alphanumerics (①) are deliberately not here: Word joins them.
inline bool isEastAsian(char32_t cp) {
    if (cp < 0x1100) return false;
    return inRange(cp, 0x1100, 0x11FF) || inRange(cp, 0x2E80, 0x2FDF) || inRange(cp, 0x3001, 0x303F) ||
           inRange(cp, 0x3040, 0x30FF) || inRange(cp, 0x3100, 0x312F) || inRange(cp, 0x3130, 0x318F) ||
           inRange(cp, 0x31A0, 0x31BF) || inRange(cp, 0x31F0, 0x31FF) || inRange(cp, 0x3200, 0x32FF) ||
           inRange(cp, 0x3300, 0x33FF) || inRange(cp, 0x3400, 0x4DBF) || inRange(cp, 0x4E00, 0x9FFF) ||
           inRange(cp, 0xA960, 0xA97F) || inRange(cp, 0xAC00, 0xD7AF) || inRange(cp, 0xD7B0, 0xD7FF) ||
           inRange(cp, 0xF900, 0xFAFF) || inRange(cp, 0xFE10, 0xFE1F) || inRange(cp, 0xFE30, 0xFE4F) ||
           inRange(cp, 0xFF00, 0xFFEF) || inRange(cp, 0x20000, 0x3FFFF);
}

inline CharClass classify(char32_t cp, const WordRules& rules) {
    // Rule 7's separators. Zero-width characters (U+200B..U+200D, U+FEFF) and the soft hyphen
    // are absent on purpose: Word does not split words at them.
    if (cp <= 0x20) return (cp == 0x20 || inRange(cp, 0x09, 0x0D)) ? CharClass::Separator : CharClass::WordCharacter;
    if (cp < 0xA0) return CharClass::WordCharacter;
    switch (cp) {
        case 0x1680: case 0x205F: case 0x3000: case 0x2028: case 0x2029:
            return CharClass::Separator;
        case 0x2013: case 0x2014:
            return rules.dashesSeparate ? CharClass::Separator : CharClass::WordCharacter;
        case 0x00A0: case 0x202F:
            return rules.noBreakSpaceSeparates ? CharClass::Separator : CharClass::WordCharacter;
        default:
            break;
    }
    if (inRange(cp, 0x2000, 0x200A)) return CharClass::Separator;
    if (rules.eastAsianCharacterIsWord && isEastAsian(cp)) return CharClass::EastAsian;
    return CharClass::WordCharacter;
}

inline bool isAsciiSeparator(unsigned char byte) { return byte == ' ' || (byte >= 0x09 && byte <= 0x0D); }

/// The one scanner behind the count and the token listing, so the two can never disagree.
/// `onWord(begin, end)` is called once per word; it is a template parameter so counting compiles
/// to a plain loop with no call through std::function.
template <typename OnWord>
void scanWordCompatible(std::string_view text, const WordRules& rules, OnWord&& onWord) {
    constexpr std::size_t kNoWord = static_cast<std::size_t>(-1);
    std::size_t wordBegin = kNoWord;
    std::size_t pos = 0;
    const std::size_t size = text.size();
    while (pos < size) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        // Most text is ASCII: decide those bytes without decoding.
        if (byte < 0x80) {
            if (isAsciiSeparator(byte)) {
                if (wordBegin != kNoWord) {
                    onWord(wordBegin, pos);
                    wordBegin = kNoWord;
                }
            } else if (wordBegin == kNoWord) {
                wordBegin = pos;
            }
            ++pos;
            continue;
        }
        const std::size_t charBegin = pos;
        const char32_t cp = nextCodePoint(text, pos);
        switch (classify(cp, rules)) {
            case CharClass::Separator:
                if (wordBegin != kNoWord) {
                    onWord(wordBegin, charBegin);
                    wordBegin = kNoWord;
                }
                break;
            case CharClass::EastAsian:
                if (wordBegin != kNoWord) {
                    onWord(wordBegin, charBegin);
                    wordBegin = kNoWord;
                }
                onWord(charBegin, pos);
                break;
            case CharClass::WordCharacter:
                if (wordBegin == kNoWord) wordBegin = charBegin;
                break;
        }
    }
    if (wordBegin != kNoWord) onWord(wordBegin, size);
}

// ---- ICU (UAX #29) ----

/// Walks the ICU word segments of `text`; `onWord(begin, end)` gets UTF-8 byte offsets.
template <typename OnWord>
void scanIcu(std::string_view text, OnWord&& onWord) {
    if (text.empty()) return;
    // Most text is ASCII with a few curly quotes and dashes, where the segmentation ICU would
    // give is known without ICU (plain_text_words.hpp); ICU's iterator costs some 500
    // instructions a word, and loading ICU a millisecond.
    if (forEachPlainTextWord(text, onWord)) return;
    std::string error;
    if (!unicodeModule().forEachWordSegment(text, onWord, error)) throw std::runtime_error(error);
}

}  // namespace

std::size_t countWordCompatible(std::string_view utf8, const WordRules& rules) {
    std::size_t words = 0;
    scanWordCompatible(utf8, rules, [&words](std::size_t, std::size_t) { ++words; });
    return words;
}

std::size_t countIcuWords(std::string_view utf8) {
    std::size_t words = 0;
    scanIcu(utf8, [&words](std::size_t, std::size_t) { ++words; });
    return words;
}

void forEachWordCompatibleToken(std::string_view utf8, const WordRules& rules, const TokenSink& sink) {
    scanWordCompatible(utf8, rules, [&sink](std::size_t begin, std::size_t end) { sink(Token{begin, end}); });
}

void forEachIcuToken(std::string_view utf8, const TokenSink& sink) {
    scanIcu(utf8, [&sink](std::size_t begin, std::size_t end) { sink(Token{begin, end}); });
}

}  // namespace showcase::text
