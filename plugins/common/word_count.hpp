// Word counting shared by the plugins: a Word-compatible count (the figure limits are enforced
// on) and a Unicode (ICU, UAX #29) count shown beside it. The rules and their confidence come
// from the reference notes (/work/shared/reference/word-counting.md, section 1.1).
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace showcase::text {

/// The switches of the Word-compatible count where Word's behaviour is not certain. Defaults are
/// our documented choices; the reference's confidence mark is given for each.
struct WordRules {
    /// En dash U+2013 and em dash U+2014 separate words (`word—word` = 2). Confidence M.
    bool dashesSeparate = true;
    /// U+00A0 no-break space (and U+2007, U+202F) separate words (`10 kg` = 2). Confidence U:
    /// nothing says what Word does, so we count what the reader sees, two words.
    bool noBreakSpaceSeparates = true;
    /// Each East-Asian character (Han, kana, Hangul, fullwidth forms, CJK punctuation) is one
    /// word and ends a preceding non-Asian word (`Hello、World。` = 4). Confidence M/H.
    bool eastAsianCharacterIsWord = true;
};

/// Word's rules: a word is a maximal run of characters between separators (whitespace, U+3000,
/// and the dashes / no-break spaces the rules say), East-Asian characters one word each,
/// zero-width characters never separating. Invalid UTF-8 bytes count as ordinary characters.
std::size_t countWordCompatible(std::string_view utf8, const WordRules& rules = {});

/// ICU's word BreakIterator (UAX #29): tokens whose rule status is >= UBRK_WORD_NONE_LIMIT,
/// i.e. letters, numbers, kana and ideographs; punctuation and emoji are not words.
std::size_t countIcuWords(std::string_view utf8);

/// One token: byte offsets into the UTF-8 text that was counted.
struct Token {
    std::size_t begin = 0;
    std::size_t end = 0;
};
using TokenSink = std::function<void(Token)>;

/// Calls `sink` with each word countWordCompatible counts, in order.
void forEachWordCompatibleToken(std::string_view utf8, const WordRules& rules, const TokenSink& sink);

/// Calls `sink` with each token countIcuWords counts, in order.
void forEachIcuToken(std::string_view utf8, const TokenSink& sink);

}  // namespace showcase::text
