#include "heading_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <regex>
#include <set>

namespace showcase::structure {
namespace {

// Keywords writers number sections with; an optional separator (". : ) - – —") follows the number.
const std::regex& numberingPattern() {
    static const std::regex pattern(
        R"(^\s*(?:(task|section|part|module|unit|chapter|question|step|slide|frame|annex|appendix|entry|goal)\s+)"
        R"(([0-9]+(?:\.[0-9]+)*|[ivxlc]+\b|[a-z]\b)|([0-9]+(?:\.[0-9]+)*))\s*(\.|:|\)|-|\xE2\x80\x93|\xE2\x80\x94)?\s*)",
        std::regex::icase | std::regex::ECMAScript);
    return pattern;
}

std::string lowerAscii(std::string_view text) {
    std::string lowered(text);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lowered;
}

// Function words carry no topic: "How to influence others" and "Influencing others" are alike.
bool isFunctionWord(const std::string& word) {
    static const std::set<std::string> words = {"a",   "an",   "the",   "and",  "or",  "of", "to",   "in",
                                                "on",  "for",  "with",  "at",   "by",  "from", "your", "our",
                                                "my",  "their", "its",  "how",  "what", "we",  "you",  "i",
                                                "is",  "are",  "it",    "this", "that", "s",   "us"};
    return words.count(word) != 0;
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

bool withinOneEdit(const std::string& a, const std::string& b) {
    if (a == b) return true;
    if (a.size() < 5 || b.size() < 5) return false;
    const std::string& longer = a.size() >= b.size() ? a : b;
    const std::string& shorter = a.size() >= b.size() ? b : a;
    if (longer.size() - shorter.size() > 1) return false;
    std::size_t i = 0;
    while (i < shorter.size() && shorter[i] == longer[i]) ++i;
    if (longer.size() == shorter.size()) return longer.compare(i + 1, std::string::npos, shorter, i + 1) == 0;
    return longer.compare(i + 1, std::string::npos, shorter, i) == 0;
}

double shareFound(const std::vector<std::string>& words, const std::vector<std::string>& in) {
    if (words.empty()) return 0;
    std::size_t found = 0;
    for (const auto& word : words) {
        found += std::any_of(in.begin(), in.end(), [&](const std::string& other) { return withinOneEdit(word, other); })
                     ? 1
                     : 0;
    }
    return static_cast<double>(found) / static_cast<double>(words.size());
}

const char* const kMonths =
    "(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";

std::string fullDatePattern() {
    const std::string months(kMonths);
    return "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+" + months + ",?\\s+\\d{4}|" + months +
           "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2})";
}

}  // namespace

SplitHeading splitNumbering(std::string_view text) {
    SplitHeading split;
    const std::string whole(text);
    std::smatch match;
    if (std::regex_search(whole, match, numberingPattern()) && match.length(0) > 0 &&
        (match[1].matched || match[4].matched || match[3].str().find('.') != std::string::npos ||
         match.suffix().length() > 0)) {
        Numbering numbering;
        numbering.keyword = lowerAscii(match[1].str());
        numbering.number = match[2].matched ? match[2].str() : match[3].str();
        numbering.depth = 1 + static_cast<int>(std::count(numbering.number.begin(), numbering.number.end(), '.'));
        numbering.marked = match[1].matched || match[4].matched;
        split.numbering = numbering;
        split.title = match.suffix().str();
    } else {
        split.title = whole;
    }
    while (!split.title.empty() && std::isspace(static_cast<unsigned char>(split.title.back()))) split.title.pop_back();
    return split;
}

std::string foldCase(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* folding = icu::Normalizer2::getNFKCCasefoldInstance(status);
    const icu::UnicodeString source = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    if (U_FAILURE(status)) return lowerAscii(text);
    const icu::UnicodeString folded = folding->normalize(source, status);
    if (U_FAILURE(status)) return lowerAscii(text);
    std::string out;
    folded.toUTF8String(out);
    return out;
}

std::vector<std::string> contentWords(std::string_view text) {
    const std::string folded = foldCase(splitNumbering(text).title);
    std::vector<std::string> words;
    std::string word;
    const auto finish = [&] {
        if (!word.empty() && !isFunctionWord(word)) words.push_back(stem(word));
        word.clear();
    };
    const auto* bytes = reinterpret_cast<const uint8_t*>(folded.data());
    const auto length = static_cast<int32_t>(folded.size());
    for (int32_t offset = 0; offset < length;) {
        const int32_t start = offset;
        UChar32 c = 0;
        U8_NEXT(bytes, offset, length, c);
        // Apostrophes join ("organisation's" is one word) so possessives meet plurals after stemming.
        if (c == '\'' || c == 0x2019) continue;
        if (c >= 0 && u_isalnum(c)) {
            word.append(folded, static_cast<std::size_t>(start), static_cast<std::size_t>(offset - start));
        } else {
            finish();
        }
    }
    finish();
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

double headingSimilarity(const std::vector<std::string>& heading, const std::vector<std::string>& phrase) {
    if (heading.empty() || phrase.empty()) return 0;
    const double phraseFound = shareFound(phrase, heading);
    const double score = (shareFound(heading, phrase) + phraseFound) / 2;
    if (phraseFound < 1.0) return score;
    // Contained: the more of the heading the phrase accounts for, the better, so that "Personal
    // organisation: planning my day" is more "personal organisation" than "organisation".
    return std::max(score, kContainedScore + (1 - kContainedScore) * shareFound(heading, phrase));
}

bool startsWithDate(std::string_view text) {
    static const std::regex pattern(
        "^\\s*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun),?\\s+)?" +
            fullDatePattern(),
        std::regex::icase | std::regex::ECMAScript);
    return std::regex_search(std::string(text), pattern);
}

bool containsDate(std::string_view text) {
    static const std::regex pattern("\\b(?:" + fullDatePattern() + "|" + std::string(kMonths) + "\\s+\\d{4})",
                                    std::regex::icase | std::regex::ECMAScript);
    return std::regex_search(std::string(text), pattern);
}

}  // namespace showcase::structure
