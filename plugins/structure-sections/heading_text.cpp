#include "heading_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "text_scan.hpp"

namespace showcase::structure {
namespace {

// Function words carry no topic: "How to influence others" and "Influencing others" are alike.
bool isFunctionWord(std::string_view word) {
    static constexpr std::array<std::string_view, 31> kWords = {
        "a",  "an",  "the",  "and", "or",    "of",  "to",  "in", "on", "for", "with", "at",  "by",   "from", "your", "our",
        "my", "their", "its", "how", "what", "we",  "you", "i",  "is", "are", "it",   "this", "that", "s",   "us"};
    return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Light suffix stripping: enough for plurals and verb forms in short headings, no dictionary.
std::string stem(std::string word) {
    if (word == "yourself" || word == "myself" || word == "oneself") return "self";
    const auto endsWith = [&](const char* suffix) {
        const std::string s(suffix);
        return word.size() > s.size() && word.compare(word.size() - s.size(), s.size(), s) == 0;
    };
    if (endsWith("ies") && word.size() > 4) return word.substr(0, word.size() - 3) + "y";
    if (endsWith("ing") && word.size() >= 6) return word.substr(0, word.size() - 3);
    if (endsWith("ed") && word.size() >= 5) return word.substr(0, word.size() - 2);
    if (endsWith("s") && !endsWith("ss") && word.size() >= 4) return word.substr(0, word.size() - 1);
    return word;
}

using scan::Cursor;

template <std::size_t N>
bool isOneOf(std::string_view word, const std::array<std::string_view, N>& names) {
    return std::any_of(names.begin(), names.end(), [&](std::string_view name) { return scan::equalsIgnoringCase(word, name); });
}

// Keywords writers number sections with.
constexpr std::array<std::string_view, 14> kNumberingKeywords = {
    "task", "section", "part", "module", "unit", "chapter", "question", "step", "slide", "frame", "annex", "appendix", "entry", "goal"};

// A decimal number, "2" or "1.2.3": [0-9]+(\.[0-9]+)*
bool takeDecimal(Cursor& cursor) {
    if (!cursor.takeDigits(1, std::string_view::npos)) return false;
    while (cursor.peek() == '.' && scan::isDigit(cursor.peek(1))) {
        cursor.take('.');
        cursor.takeDigits(1, std::string_view::npos);
    }
    return true;
}

bool isRomanLetter(char c) { return std::string_view("ivxlcIVXLC").find(c) != std::string_view::npos; }

// The number after a keyword: a decimal number, a roman numeral ("iv") or one letter ("A"), the
// last two ending a word; case ignored: [0-9]+(\.[0-9]+)* | [ivxlc]+\b | [a-z]\b
bool takeKeywordNumber(Cursor& cursor) {
    if (takeDecimal(cursor)) return true;
    Cursor roman = cursor;
    while (isRomanLetter(roman.peek())) roman.advance();
    if (roman.position() > cursor.position() && roman.atWordBoundary()) {
        cursor = roman;
        return true;
    }
    Cursor letter = cursor;
    if (!scan::isLetter(letter.peek())) return false;
    letter.advance();
    if (!letter.atWordBoundary()) return false;
    cursor = letter;
    return true;
}

// What separates a number from the title: . : ) - and the en and em dashes.
bool takeSeparator(Cursor& cursor) {
    return cursor.take('.') || cursor.take(':') || cursor.take(')') || cursor.take('-') || cursor.take("\xE2\x80\x93") ||
           cursor.take("\xE2\x80\x94");
}

constexpr std::array<std::string_view, 24> kMonths = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan",     "feb",      "mar",   "apr",   "jun", "jul",  "aug",  "sept",   "sep",       "oct",     "nov",      "dec"};

constexpr std::array<std::string_view, 14> kWeekdays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                                        "mon",    "tue",     "wed",       "thu",      "fri",    "sat",      "sun"};

// A month's name or abbreviation, case ignored, then an optional full stop: "March", "sept."
// The name must be the whole run of letters, since a full stop, comma or space follows it.
bool takeMonth(Cursor& cursor) {
    const std::string_view word = cursor.takeLetters();
    if (!isOneOf(word, kMonths)) return false;
    cursor.take('.');
    return true;
}

// The suffix of an ordinal day, if any: st nd rd th, case ignored.
void takeOrdinal(Cursor& cursor) { cursor.take("st") || cursor.take("nd") || cursor.take("rd") || cursor.take("th"); }

// A full date at `position`, one of (case ignored, MONTH as in takeMonth):
//   "3 March 2026", "3rd March, 2026"   \d{1,2}(st|nd|rd|th)?\s+MONTH,?\s+\d{4}
//   "March 3, 2026"                     MONTH\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}
//   "03/03/2026", "3/3/26"              \d{1,2}/\d{1,2}/\d{2,4}
//   "2026-03-03"                        \d{4}-\d{2}-\d{2}
// Only the date's own characters are looked at: "2026-03-03T10:00" starts with one.
bool fullDateAt(std::string_view text, std::size_t position) {
    {
        Cursor dayFirst(text, position);
        if (dayFirst.takeDigits(1, 2)) {
            takeOrdinal(dayFirst);
            if (dayFirst.takeSpaces() && takeMonth(dayFirst)) {
                dayFirst.take(',');
                if (dayFirst.takeSpaces() && dayFirst.takeDigits(4, 4)) return true;
            }
        }
    }
    {
        Cursor monthFirst(text, position);
        if (takeMonth(monthFirst) && monthFirst.takeSpaces() && monthFirst.takeDigits(1, 2)) {
            takeOrdinal(monthFirst);
            monthFirst.take(',');
            if (monthFirst.takeSpaces() && monthFirst.takeDigits(4, 4)) return true;
        }
    }
    {
        Cursor slashes(text, position);
        if (slashes.takeDigits(1, 2) && slashes.take('/') && slashes.takeDigits(1, 2) && slashes.take('/') &&
            slashes.takeDigits(2, 4)) {
            return true;
        }
    }
    Cursor iso(text, position);
    return iso.takeDigits(4, 4) && iso.take('-') && iso.takeDigits(2, 2) && iso.take('-') && iso.takeDigits(2, 2);
}

// A month and a year at `position`: "July 2027", "Sept. 2026"    MONTH\s+\d{4}
bool monthAndYearAt(std::string_view text, std::size_t position) {
    Cursor cursor(text, position);
    return takeMonth(cursor) && cursor.takeSpaces() && cursor.takeDigits(4, 4);
}

}  // namespace

// Numbering at the start of a heading, case ignored (KEYWORD one of kNumberingKeywords):
//   ^\s*(?:(KEYWORD)\s+([0-9]+(\.[0-9]+)*|[ivxlc]+\b|[a-z]\b)|([0-9]+(\.[0-9]+)*))\s*(SEPARATOR)?\s*
// "Task 2 -", "Annex A:", "1.2", "3."; a bare number counts only when it has a dot, a separator or a
// title after it ("12 weeks" yes, "2026" alone no).
SplitHeading splitNumbering(std::string_view text) {
    SplitHeading split;
    Cursor cursor(text);
    cursor.skipSpaces();
    const std::string_view keyword = cursor.takeLetters();
    std::size_t numberStart = cursor.position();
    bool numbered = false;
    if (keyword.empty()) {
        numbered = takeDecimal(cursor);
    } else if (isOneOf(keyword, kNumberingKeywords) && cursor.takeSpaces()) {
        numberStart = cursor.position();
        numbered = takeKeywordNumber(cursor);
    }
    if (numbered) {
        const std::string_view number = cursor.since(numberStart);
        cursor.skipSpaces();
        const bool separated = takeSeparator(cursor);
        cursor.skipSpaces();
        const bool marked = !keyword.empty() || separated;
        if (marked || number.find('.') != std::string_view::npos || !cursor.atEnd()) {
            Numbering numbering;
            numbering.keyword = std::string(keyword);
            std::transform(numbering.keyword.begin(), numbering.keyword.end(), numbering.keyword.begin(), scan::toLower);
            numbering.number = std::string(number);
            numbering.depth = 1 + static_cast<int>(std::count(numbering.number.begin(), numbering.number.end(), '.'));
            numbering.marked = marked;
            split.numbering = numbering;
            split.title = std::string(cursor.rest());
        }
    }
    if (!split.numbering) split.title = std::string(text.substr(std::min(text.find_first_not_of(" \t\n\r\f\v"), text.size())));
    while (!split.title.empty() && std::isspace(static_cast<unsigned char>(split.title.back()))) split.title.pop_back();
    return split;
}

std::vector<std::string> contentWords(std::string_view text) {
    std::vector<std::string> words;
    text::forEachFoldedWord(splitNumbering(text).title, [&](const std::string& word) {
        if (!isFunctionWord(word)) words.push_back(stem(word));
    });
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

bool sameWord(std::string_view a, std::string_view b) {
    if (a.size() < 5 || b.size() < 5) return a == b;
    const std::string_view longer = a.size() >= b.size() ? a : b;
    const std::string_view shorter = a.size() >= b.size() ? b : a;
    if (longer.size() - shorter.size() > 1) return false;
    std::size_t i = 0;
    while (i < shorter.size() && shorter[i] == longer[i]) ++i;
    if (i == shorter.size()) return true;  // the same, or one letter more at the end
    // One letter changed, or one more in the longer word: the rest is the same.
    return longer.substr(i + 1) == shorter.substr(longer.size() == shorter.size() ? i + 1 : i);
}

double similarityFromCounts(std::size_t headingFound, std::size_t headingWords, std::size_t phraseFound, std::size_t phraseWords) {
    if (headingWords == 0 || phraseWords == 0) return 0;
    const double phraseShare = static_cast<double>(phraseFound) / static_cast<double>(phraseWords);
    const double headingShare = static_cast<double>(headingFound) / static_cast<double>(headingWords);
    const double score = (headingShare + phraseShare) / 2;
    if (phraseShare < 1.0) return score;
    // Contained: the more of the heading the phrase accounts for, the better, so that "Personal
    // organisation: planning my day" is more "personal organisation" than "organisation".
    return std::max(score, kContainedScore + (1 - kContainedScore) * headingShare);
}

double headingSimilarity(const std::vector<std::string>& heading, const std::vector<std::string>& phrase) {
    if (heading.empty() || phrase.empty()) return 0;
    // How many of `words` have the same word in `in`.
    const auto found = [](const std::vector<std::string>& words, const std::vector<std::string>& in) {
        return static_cast<std::size_t>(std::count_if(words.begin(), words.end(), [&](const std::string& word) {
            return std::any_of(in.begin(), in.end(), [&](const std::string& other) { return sameWord(word, other); });
        }));
    };
    return similarityFromCounts(found(heading, phrase), heading.size(), found(phrase, heading), phrase.size());
}

// A date at the start, after any spaces and a weekday (case ignored; WEEKDAY one of kWeekdays):
//   ^\s*((WEEKDAY),?\s+)?FULL_DATE     with FULL_DATE as in fullDateAt
bool startsWithDate(std::string_view text) {
    Cursor cursor(text);
    cursor.skipSpaces();
    Cursor afterWeekday = cursor;
    if (isOneOf(afterWeekday.takeLetters(), kWeekdays)) {
        afterWeekday.take(',');
        if (afterWeekday.takeSpaces() && fullDateAt(text, afterWeekday.position())) return true;
    }
    return fullDateAt(text, cursor.position());
}

// A date starting a word anywhere:  \b(FULL_DATE|MONTH\s+\d{4})
bool containsDate(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!Cursor(text, i).atWordBoundary() || !scan::isWordChar(text[i])) continue;
        if (fullDateAt(text, i) || monthAndYearAt(text, i)) return true;
    }
    return false;
}

}  // namespace showcase::structure
