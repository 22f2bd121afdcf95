// A cursor for the small hand-written scanners that stand in for regular expressions in this plugin
// (numbering prefixes, dates, goal terms): std::regex compiled its patterns on first use and
// backtracked through every heading, which cost more than all the rest of the check.
//
// The character classes are those std::regex used in the classic locale: \s is a space, tab,
// newline, vertical tab, form feed or carriage return; \d an ASCII digit; \w an ASCII letter, digit
// or underscore; case is ignored for ASCII letters only. Bytes of UTF-8 sequences are in none of them.
#pragma once

#include <cstddef>
#include <string_view>

namespace showcase::structure::scan {

constexpr bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }
constexpr bool isDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool isWordChar(char c) { return isDigit(c) || isLetter(c) || c == '_'; }
constexpr char toLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// Whether `a` and `b` are the same ignoring the case of ASCII letters.
constexpr bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (toLower(a[i]) != toLower(b[i])) return false;
    }
    return true;
}

/// A position in a text that the take... functions move forward over what they match. Each is
/// greedy and never gives anything back: the scanners are written so that giving back would not
/// help (a run of digits is always followed by something that is not a digit, and so on).
class Cursor {
public:
    explicit constexpr Cursor(std::string_view text, std::size_t position = 0) : text_(text), position_(position) {}

    constexpr std::size_t position() const { return position_; }
    constexpr bool atEnd() const { return position_ >= text_.size(); }
    /// The character `ahead` places on, or '\0' past the end.
    constexpr char peek(std::size_t ahead = 0) const {
        return position_ + ahead < text_.size() ? text_[position_ + ahead] : '\0';
    }
    /// What is left of the text.
    constexpr std::string_view rest() const { return atEnd() ? std::string_view() : text_.substr(position_); }
    /// The text from `from` to the cursor.
    constexpr std::string_view since(std::size_t from) const { return text_.substr(from, position_ - from); }

    /// One character, whatever it is.
    constexpr void advance() {
        if (!atEnd()) ++position_;
    }
    /// \s* : whitespace, if any.
    constexpr void skipSpaces() {
        while (isSpace(peek())) ++position_;
    }
    /// \s+ : whitespace; false when there is none.
    constexpr bool takeSpaces() {
        const std::size_t from = position_;
        skipSpaces();
        return position_ > from;
    }
    /// `c`, when it is next.
    constexpr bool take(char c) {
        if (atEnd() || text_[position_] != c) return false;
        ++position_;
        return true;
    }
    /// `literal`, case ignored, when it is next.
    constexpr bool take(std::string_view literal) {
        if (position_ > text_.size() || text_.size() - position_ < literal.size() ||
            !equalsIgnoringCase(text_.substr(position_, literal.size()), literal)) {
            return false;
        }
        position_ += literal.size();
        return true;
    }
    /// \d{min,max} : up to `max` digits; false (having taken them) when fewer than `min`.
    constexpr bool takeDigits(std::size_t min, std::size_t max) {
        std::size_t count = 0;
        while (count < max && !atEnd() && isDigit(text_[position_])) {
            ++position_;
            ++count;
        }
        return count >= min;
    }
    /// [A-Za-z]* : the longest run of ASCII letters, possibly empty.
    constexpr std::string_view takeLetters() {
        const std::size_t from = position_;
        while (!atEnd() && isLetter(text_[position_])) ++position_;
        return since(from);
    }
    /// \b : a word character on one side of the cursor and not on the other.
    constexpr bool atWordBoundary() const {
        const bool before = position_ > 0 && position_ <= text_.size() && isWordChar(text_[position_ - 1]);
        const bool after = !atEnd() && isWordChar(text_[position_]);
        return before != after;
    }

private:
    std::string_view text_;
    std::size_t position_;
};

}  // namespace showcase::structure::scan
