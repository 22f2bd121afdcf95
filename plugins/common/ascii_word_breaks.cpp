#include "ascii_word_breaks.hpp"

#include <algorithm>

namespace showcase::text {
namespace {

// Word_Break classes of the ASCII characters that can be part of a word.
// ICU leaves ':' out of MidLetter, so no ASCII character is MidLetter alone.
enum class Kind { Other, Letter, Digit, Underscore, MidNum, MidNumLet };

Kind kindOf(char c) {
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

bool isWordCharacter(Kind kind) { return kind == Kind::Letter || kind == Kind::Digit || kind == Kind::Underscore; }

// WB6/WB7: one MidNumLet between two letters; WB11/WB12: one MidNum or MidNumLet
// between two digits.
bool joins(Kind before, Kind middle, Kind after) {
    if (before == Kind::Letter && after == Kind::Letter) return middle == Kind::MidNumLet;
    if (before == Kind::Digit && after == Kind::Digit) return middle == Kind::MidNum || middle == Kind::MidNumLet;
    return false;
}

}  // namespace

bool forEachAsciiWord(std::string_view text, const std::function<void(std::size_t, std::size_t)>& onWord) {
    if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) return false;
    std::size_t i = 0;
    while (i < text.size()) {
        Kind last = kindOf(text[i]);
        if (!isWordCharacter(last)) {
            ++i;
            continue;
        }
        const std::size_t begin = i++;
        bool lettersOrDigits = last != Kind::Underscore;
        while (i < text.size()) {
            const Kind next = kindOf(text[i]);
            if (isWordCharacter(next)) {
                last = next;
                lettersOrDigits = lettersOrDigits || next != Kind::Underscore;
                ++i;
            } else if (i + 1 < text.size() && joins(last, next, kindOf(text[i + 1]))) {
                last = kindOf(text[i + 1]);
                i += 2;
            } else {
                break;
            }
        }
        // A lone underscore is not a word; two or more are, as ICU's rules have it.
        if (lettersOrDigits || i - begin > 1) onWord(begin, i);
    }
    return true;
}

}  // namespace showcase::text
