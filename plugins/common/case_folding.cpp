#include "case_folding.hpp"

#include <stdexcept>

#include "plain_characters.hpp"
#include "unicode_module.hpp"

namespace showcase::text {
namespace {

// Most showcase text is ASCII with the accented letters of names and loanwords, a pound sign and
// Word's quotes, dashes and bullets. For those characters NFKC case folding is simple (lower the
// letter, a no-break space becomes a space, an ellipsis three full stops) and none of them
// combines with another, so they are folded here and ICU is loaded only for the rest.
// tests/case_folding_test.cpp holds every one of them to ICU.
enum class Kind { Unsupported, Letter, Digit, Apostrophe, Other };

struct Character {
    Kind kind = Kind::Unsupported;
    std::size_t length = 1;
};

Character characterAt(std::string_view text, std::size_t at) {
    const PlainCharacterAt plain = plainCharacterAt(text, at);
    switch (plain.what) {
        case PlainCharacter::Ascii: {
            const auto byte = static_cast<unsigned char>(text[at]);
            if (static_cast<unsigned char>((byte | 0x20) - 'a') < 26) return {Kind::Letter, 1};
            if (static_cast<unsigned char>(byte - '0') < 10) return {Kind::Digit, 1};
            return {byte == '\'' ? Kind::Apostrophe : Kind::Other, 1};
        }
        case PlainCharacter::Latin1Letter:
            // ß folds to "ss", which ICU does.
            return static_cast<unsigned char>(text[at + 1]) == 0x9F ? Character{} : Character{Kind::Letter, 2};
        case PlainCharacter::RightSingleQuote: return {Kind::Apostrophe, plain.length};
        case PlainCharacter::NotPlain: return {};
        default: return {Kind::Other, plain.length};
    }
}

bool isSimple(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const Character character = characterAt(text, i);
        if (character.kind == Kind::Unsupported) return false;
        i += character.length;
    }
    return true;
}

void appendFolded(std::string_view text, std::size_t at, std::string& out) {
    const PlainCharacterAt plain = plainCharacterAt(text, at);
    const auto byte = static_cast<unsigned char>(text[at]);
    switch (plain.what) {
        case PlainCharacter::Ascii: out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte | 0x20 : byte); return;
        case PlainCharacter::NoBreakSpace: out += ' '; return;
        case PlainCharacter::Ellipsis: out += "..."; return;
        case PlainCharacter::Latin1Letter:
            if (static_cast<unsigned char>(text[at + 1]) <= 0x9E) {  // À..Þ to à..þ
                out += static_cast<char>(byte);
                out += static_cast<char>(static_cast<unsigned char>(text[at + 1]) + 0x20);
                return;
            }
            break;
        default: break;
    }
    out.append(text.substr(at, plain.length));
}

}  // namespace

std::string foldCase(std::string_view utf8) {
    if (!isSimple(utf8)) {
        std::string folded;
        std::string error;
        if (!unicodeModule().foldCase(utf8, folded, error)) throw std::runtime_error(error);
        return folded;
    }
    std::string folded;
    folded.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        const Character character = characterAt(utf8, i);
        appendFolded(utf8, i, folded);
        i += character.length;
    }
    return folded;
}

void forEachWord(std::string_view utf8, const std::function<void(const std::string&)>& word) {
    if (!isSimple(utf8)) {
        unicodeModule().forEachWord(utf8, word);
        return;
    }
    // The module's rule on these characters: letters and digits, an apostrophe joining a word to
    // a following letter.
    std::string current;
    for (std::size_t i = 0; i < utf8.size();) {
        const Character character = characterAt(utf8, i);
        if (character.kind == Kind::Letter || character.kind == Kind::Digit) {
            current.append(utf8.substr(i, character.length));
        } else if (!current.empty()) {
            const bool joins = character.kind == Kind::Apostrophe && i + character.length < utf8.size() &&
                               characterAt(utf8, i + character.length).kind == Kind::Letter;
            if (!joins) {
                word(current);
                current.clear();
            }
        }
        i += character.length;
    }
    if (!current.empty()) word(current);
}

}  // namespace showcase::text
