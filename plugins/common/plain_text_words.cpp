#include "plain_text_words.hpp"

#include <array>

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
    if (byte < 0x80) return {asciiKinds()[byte], 1};
    auto next = [&](std::size_t offset) { return at + offset < text.size() ? static_cast<unsigned char>(text[at + offset]) : 0U; };
    if (byte == 0xC2 && next(1) == 0xA0) return {Kind::Other, 2};  // U+00A0 no-break space
    if (byte == 0xE2 && next(1) == 0x80) {
        switch (next(2)) {
            case 0x98:                                 // U+2018 left single quotation mark
            case 0x99: return {Kind::MidNumLet, 3};    // U+2019 right single quotation mark
            case 0x93:                                 // U+2013 en dash
            case 0x94:                                 // U+2014 em dash
            case 0x9C:                                 // U+201C left double quotation mark
            case 0x9D:                                 // U+201D right double quotation mark
            case 0xA6: return {Kind::Other, 3};        // U+2026 horizontal ellipsis
            default: break;
        }
    }
    return {Kind::Unsupported, 1};
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
        const std::size_t begin = i++;
        bool lettersOrDigits = last != Kind::Underscore;
        while (i < text.size()) {
            const Character next = characterAt(text, i);
            if (isWordCharacter(next.kind)) {
                last = next.kind;
                lettersOrDigits = lettersOrDigits || next.kind != Kind::Underscore;
                ++i;
                continue;
            }
            if (i + next.length < text.size()) {
                const Kind after = characterAt(text, i + next.length).kind;
                if (joins(last, next.kind, after)) {
                    last = after;
                    i += next.length + 1;  // a word character is one byte
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
