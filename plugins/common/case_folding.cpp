#include "case_folding.hpp"

#include <algorithm>
#include <stdexcept>

#include "unicode_module.hpp"

namespace showcase::text {
namespace {

std::string lowerAscii(std::string_view text) {
    std::string lowered(text);
    for (auto& c : lowered) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    return lowered;
}

bool isAsciiLetter(char c) { return static_cast<unsigned char>((static_cast<unsigned char>(c) | 0x20) - 'a') < 26; }
bool isAsciiDigit(char c) { return static_cast<unsigned char>(c - '0') < 10; }

bool isAscii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

std::string foldCase(std::string_view utf8) {
    // Most showcase text is ASCII, for which NFKC case folding only lowers letters.
    if (isAscii(utf8)) return lowerAscii(utf8);
    std::string folded;
    std::string error;
    if (!unicodeModule().foldCase(utf8, folded, error)) throw std::runtime_error(error);
    return folded;
}

void forEachWord(std::string_view utf8, const std::function<void(const std::string&)>& word) {
    if (!isAscii(utf8)) {
        unicodeModule().forEachWord(utf8, word);
        return;
    }
    // The module's rule for ASCII: letters and digits, "'" joining a word to a following letter.
    std::string current;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (isAsciiLetter(c) || isAsciiDigit(c)) {
            current += c;
        } else if (!(c == '\'' && !current.empty() && i + 1 < utf8.size() && isAsciiLetter(utf8[i + 1])) && !current.empty()) {
            word(current);
            current.clear();
        }
    }
    if (!current.empty()) word(current);
}

}  // namespace showcase::text
