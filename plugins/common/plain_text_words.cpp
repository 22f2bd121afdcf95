#include "plain_text_words.hpp"

#include <array>

#include "plain_characters.hpp"

namespace showcase::text {
namespace {

// Word_Break classes of the characters this file handles. ICU leaves ':' out of MidLetter, so no
// character here is MidLetter alone.
enum class Kind { Other, Letter, Digit, Underscore, MidNum, MidNumLet, Unsupported };

/// A character's class and its length in bytes.
struct Character {
    Kind kind = Kind::Unsupported;
    std::size_t length = 1;
};

Kind asciiKind(char c) {
    // ICU's rules count '@' among the letters.
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') return Kind::Letter;
    if (c >= '0' && c <= '9') return Kind::Digit;
    switch (c) {
        case '_': return Kind::Underscore;
        case '.':
        case '\'': return Kind::MidNumLet;  // the apostrophe is Single_Quote, which joins the same way
        case ',':
        case ';': return Kind::MidNum;
        default: return Kind::Other;
    }
}

// Every character of every paragraph is classified: ASCII by table.
const std::array<Kind, 128>& asciiKinds() {
    static const std::array<Kind, 128> kinds = [] {
        std::array<Kind, 128> table{};
        for (std::size_t c = 0; c < table.size(); ++c) table[c] = asciiKind(static_cast<char>(c));
        return table;
    }();
    return kinds;
}

Character characterAt(std::string_view text, std::size_t at) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) return {asciiKinds()[byte], 1};  // most characters, by table
    const PlainCharacterAt plain = plainCharacterAt(text, at);
    switch (plain.what) {
        case PlainCharacter::Latin1Letter: return {Kind::Letter, plain.length};
        case PlainCharacter::LeftSingleQuote:
        case PlainCharacter::RightSingleQuote: return {Kind::MidNumLet, plain.length};
        case PlainCharacter::NotPlain: return {Kind::Unsupported, 1};
        default: return {Kind::Other, plain.length};  // ASCII is handled above
    }
}

bool isWordCharacter(Kind kind) { return kind == Kind::Letter || kind == Kind::Digit || kind == Kind::Underscore; }

// WB6/WB7: one MidNumLet between two letters; WB11/WB12: one MidNum or MidNumLet between two digits.
bool joins(Kind before, Kind middle, Kind after) {
    if (before == Kind::Letter && after == Kind::Letter) return middle == Kind::MidNumLet;
    if (before == Kind::Digit && after == Kind::Digit) return middle == Kind::MidNum || middle == Kind::MidNumLet;
    return false;
}

}  // namespace

bool forEachPlainTextWord(std::string_view text, const std::function<void(std::size_t, std::size_t)>& onWord) {
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const Character character = characterAt(text, i);
        if (character.kind == Kind::Unsupported) return false;
        i += character.length;
    }
    std::size_t i = 0;
    while (i < text.size()) {
        const Character first = characterAt(text, i);
        if (!isWordCharacter(first.kind)) {
            i += first.length;
            continue;
        }
        Kind last = first.kind;
        const std::size_t begin = i;
        i += first.length;
        bool lettersOrDigits = last != Kind::Underscore;
        while (i < text.size()) {
            const Character next = characterAt(text, i);
            if (isWordCharacter(next.kind)) {
                last = next.kind;
                lettersOrDigits = lettersOrDigits || next.kind != Kind::Underscore;
                i += next.length;
                continue;
            }
            if (i + next.length < text.size()) {
                const Character after = characterAt(text, i + next.length);
                if (joins(last, next.kind, after.kind)) {
                    last = after.kind;
                    i += next.length + after.length;
                    continue;
                }
            }
            break;
        }
        // A lone underscore is not a word; two or more are, as ICU's rules have it.
        if (lettersOrDigits || i - begin > 1) onWord(begin, i);
    }
    return true;
}

}  // namespace showcase::text
