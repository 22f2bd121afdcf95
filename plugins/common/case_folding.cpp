#include "case_folding.hpp"

#include <cstdint>
#include <cstring>
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

// Sixteen bytes, so that it is returned in registers: the loops below classify every character.
struct Character {
    Kind kind = Kind::Unsupported;
    PlainCharacter plain = PlainCharacter::NotPlain;  ///< kept so that folding need not classify it again
    std::size_t length = 1;
};

Character nonAsciiCharacterAt(std::string_view text, std::size_t at) {
    const PlainCharacterAt plain = plainCharacterAt(text, at);
    switch (plain.what) {
        case PlainCharacter::Latin1Letter:
            // ß folds to "ss", which ICU does.
            return static_cast<unsigned char>(text[at + 1]) == 0x9F ? Character{} : Character{Kind::Letter, plain.what, 2};
        case PlainCharacter::RightSingleQuote: return {Kind::Apostrophe, plain.what, plain.length};
        case PlainCharacter::NotPlain: return {};
        default: return {Kind::Other, plain.what, plain.length};
    }
}

// ASCII, nearly all of the text, is classified without the call.
inline Character characterAt(std::string_view text, std::size_t at) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte >= 0x80) return nonAsciiCharacterAt(text, at);
    if (static_cast<unsigned char>((byte | 0x20) - 'a') < 26) return {Kind::Letter, PlainCharacter::Ascii, 1};
    if (static_cast<unsigned char>(byte - '0') < 10) return {Kind::Digit, PlainCharacter::Ascii, 1};
    return {byte == '\'' ? Kind::Apostrophe : Kind::Other, PlainCharacter::Ascii, 1};
}

// The first byte from `from` on that is not ASCII, or the end; eight bytes at a time, since every
// text is checked whole before it is folded or split.
std::size_t nextNonAscii(std::string_view text, std::size_t from) {
    constexpr std::uint64_t kHighBits = 0x8080808080808080U;
    std::uint64_t eight = 0;
    while (from + sizeof eight <= text.size()) {
        std::memcpy(&eight, text.data() + from, sizeof eight);
        if ((eight & kHighBits) != 0) break;
        from += sizeof eight;
    }
    while (from < text.size() && static_cast<unsigned char>(text[from]) < 0x80) ++from;
    return from;
}

bool isSimple(std::string_view text) {
    for (std::size_t i = nextNonAscii(text, 0); i < text.size(); i = nextNonAscii(text, i)) {  // ASCII is simple
        const Character character = nonAsciiCharacterAt(text, i);
        if (character.kind == Kind::Unsupported) return false;
        i += character.length;
    }
    return true;
}

// `character` is characterAt(text, at), neither ASCII nor Unsupported.
void appendNonAsciiFolded(std::string_view text, std::size_t at, const Character& character, std::string& out) {
    switch (character.plain) {
        case PlainCharacter::NoBreakSpace: out += ' '; return;
        case PlainCharacter::Ellipsis: out += "..."; return;
        case PlainCharacter::Latin1Letter:
            if (static_cast<unsigned char>(text[at + 1]) <= 0x9E) {  // À..Þ to à..þ
                out += text[at];
                out += static_cast<char>(static_cast<unsigned char>(text[at + 1]) + 0x20);
                return;
            }
            break;
        default: break;
    }
    out.append(text.substr(at, character.length));
}

// `character` is characterAt(text, at), and not Unsupported. ASCII, as in characterAt, without the call.
inline void appendFolded(std::string_view text, std::size_t at, const Character& character, std::string& out) {
    if (character.plain != PlainCharacter::Ascii) {
        appendNonAsciiFolded(text, at, character, out);
        return;
    }
    const auto byte = static_cast<unsigned char>(text[at]);
    out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte | 0x20 : byte);
}

// The module's rule for words on simple text: letters and digits, an apostrophe joining a word to
// a following letter. `append` adds a letter or digit to the current word.
template <typename Append>
void splitSimple(std::string_view text, Append append, const std::function<void(const std::string&)>& word) {
    std::string current;
    for (std::size_t i = 0; i < text.size();) {
        const Character character = characterAt(text, i);
        if (character.kind == Kind::Letter || character.kind == Kind::Digit) {
            append(i, character, current);
        } else if (!current.empty()) {
            const bool joins = character.kind == Kind::Apostrophe && i + character.length < text.size() &&
                               characterAt(text, i + character.length).kind == Kind::Letter;
            if (!joins) {
                word(current);
                current.clear();
            }
        }
        i += character.length;
    }
    if (!current.empty()) word(current);
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
        appendFolded(utf8, i, character, folded);
        i += character.length;
    }
    return folded;
}

void forEachWord(std::string_view utf8, const std::function<void(const std::string&)>& word) {
    if (!isSimple(utf8)) {
        unicodeModule().forEachWord(utf8, word);
        return;
    }
    splitSimple(utf8, [&](std::size_t at, const Character& character, std::string& current) { current.append(utf8.substr(at, character.length)); },
                word);
}

void forEachFoldedWord(std::string_view utf8, const std::function<void(const std::string&)>& word) {
    if (!isSimple(utf8)) {
        forEachWord(foldCase(utf8), word);
        return;
    }
    // Folding keeps the kind of every simple character (a letter stays a letter; an ellipsis
    // becomes three full stops, Other like itself), so the folded text splits where this text
    // does: its words are this text's words, folded character by character.
    splitSimple(utf8, [&](std::size_t at, const Character& character, std::string& current) { appendFolded(utf8, at, character, current); },
                word);
}

}  // namespace showcase::text
