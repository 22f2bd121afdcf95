#include "excluded_sections.hpp"

#include <algorithm>
#include <optional>

#include "plugin_support.hpp"

namespace showcase::wordcount {
namespace {

using common::visible;

constexpr std::size_t kMaxShortLineWords = 12;
constexpr std::size_t kMaxLabelLineWords = 60;
constexpr std::size_t kMaxCoverWords = 250;
constexpr std::size_t kMaxLabelWords = 4;

bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::string lowerAscii(std::string text) {
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return text;
}

// Skips typed numbering before a heading's words: a first word such as "7.", "7.2", "(a)", "A)"
// or "B." (digits, or one letter, with the punctuation of a number).
std::size_t skipNumbering(const std::string& text) {
    const std::size_t at = text.find_first_not_of(' ');
    if (at == std::string::npos) return text.size();
    const std::size_t end = std::min(text.find(' ', at), text.size());
    std::size_t digits = 0;
    std::size_t letters = 0;
    std::size_t marks = 0;
    for (std::size_t i = at; i < end; ++i) {
        const char c = text[i];
        if (isDigit(c)) ++digits;
        else if (isAsciiLetter(c)) ++letters;
        else if (c == '.' || c == '(' || c == ')') ++marks;
        else return at;
    }
    const bool numbering = (letters == 0 && digits > 0) || (letters == 1 && digits == 0 && marks > 0);
    if (!numbering) return at;
    const std::size_t next = text.find_first_not_of(' ', end);
    return next == std::string::npos ? text.size() : next;
}

bool isTitleHeading(const Block& block) { return block.style == "Title" || block.style == "Subtitle"; }

// "Name: Megan Hollis": a label of one to four words, a colon, then a space or nothing.
bool isLabelLine(const std::string& text, const text::WordRules& rules) {
    const auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0) return false;
    if (colon + 1 < text.size() && text[colon + 1] != ' ') return false;
    const std::size_t labelWords = text::countWordCompatible(std::string_view(text).substr(0, colon), rules);
    return labelWords >= 1 && labelWords <= kMaxLabelWords;
}

// The cover, when the front matter [0, end) looks like one; `title` is its leading title, if any.
std::optional<SectionExclusion> coverOf(const Document& document, std::size_t end, const std::string& title,
                                        const text::WordRules& rules) {
    std::size_t words = 0;
    bool sawLabel = false;
    for (std::size_t i = 0; i < end; ++i) {
        const Block& block = document.blocks[i];
        if (!inMainText(block) || !visible(block)) continue;
        const std::size_t lineWords = text::countWordCompatible(block.text, rules);
        words += lineWords;
        if (block.has(kHeading)) continue;
        if (isLabelLine(block.text, rules)) {
            sawLabel = true;
            if (lineWords > kMaxLabelLineWords) return std::nullopt;
        } else if (lineWords > kMaxShortLineWords) {
            return std::nullopt;
        }
    }
    if (!sawLabel || words > kMaxCoverWords) return std::nullopt;
    return SectionExclusion{0, end, title, "cover"};
}

std::optional<SectionExclusion> findCover(const Document& document, const text::WordRules& rules) {
    std::string title;
    bool first = true;
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        const Block& block = document.blocks[i];
        if (!inMainText(block) || !visible(block)) continue;
        const bool leading = first;
        first = false;
        if (!block.has(kHeading)) continue;
        if (isTitleHeading(block) || leading) {
            if (title.empty()) title = block.text;
            continue;
        }
        return coverOf(document, i, title, rules);  // the first section heading
    }
    return std::nullopt;  // no section heading: nothing for a cover to precede
}

}  // namespace

bool inMainText(const Block& block) {
    return block.part == Part::Body || block.part == Part::Table || block.part == Part::TextBox;
}

bool isBackMatterHeading(const std::string& heading, const std::vector<std::string>& words) {
    const std::string text = lowerAscii(heading.substr(skipNumbering(heading)));
    for (const auto& word : words) {
        if (word.empty() || text.compare(0, word.size(), word) != 0) continue;
        if (text.size() == word.size() || !isAsciiLetter(text[word.size()])) return true;
    }
    return false;
}

std::vector<SectionExclusion> findExcludedSections(const Document& document, const CountingPolicy& policy) {
    std::vector<SectionExclusion> ranges;
    std::size_t from = 0;
    if (policy.excludeCover) {
        if (auto cover = findCover(document, policy.rules)) {
            from = cover->end;
            ranges.push_back(std::move(*cover));
        }
    }
    if (!policy.excludeBackMatter) return ranges;
    std::optional<SectionExclusion> open;
    int openLevel = 0;
    for (std::size_t i = from; i < document.blocks.size(); ++i) {
        const Block& block = document.blocks[i];
        if (!inMainText(block) || !visible(block) || !block.has(kHeading)) continue;
        const bool backMatter = isBackMatterHeading(block.text, policy.backMatterHeadings);
        if (open && !backMatter && block.headingLevel < openLevel) {
            open->end = i;
            ranges.push_back(std::move(*open));
            open.reset();
        }
        if (!open && backMatter) {
            open = SectionExclusion{i, document.blocks.size(), block.text, "back matter"};
            openLevel = block.headingLevel;
        }
    }
    if (open) ranges.push_back(std::move(*open));
    return ranges;
}

}  // namespace showcase::wordcount
