#include "found_structure.hpp"

#include <cctype>
#include <map>

#include "heading_text.hpp"
#include "plugin_support.hpp"
#include "word_count.hpp"

namespace showcase::structure {
namespace {

using common::visible;

constexpr std::size_t kMaxHeadingWords = 12;

std::string trimmed(const std::string& text) {
    std::size_t first = 0;
    std::size_t last = text.size();
    while (first < last && std::isspace(static_cast<unsigned char>(text[first]))) ++first;
    while (last > first && std::isspace(static_cast<unsigned char>(text[last - 1]))) --last;
    return text.substr(first, last - first);
}

FoundHeading headingAt(const Document& document, std::size_t position, int level, HeadingSource source) {
    const Block& block = document.blocks[position];
    FoundHeading heading;
    heading.block = position;
    heading.index = block.index;
    heading.part = block.part;
    heading.level = level;
    heading.text = trimmed(block.text);
    heading.source = source;
    return heading;
}

bool isDeckDocument(const Document& document) {
    if (!document.slides.empty()) return true;
    for (const auto& block : document.blocks) {
        if (block.part == Part::SlideTitle) return true;
    }
    return false;
}

std::vector<FoundHeading> slideTitles(const Document& document) {
    std::vector<FoundHeading> headings;
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        if (document.blocks[i].part == Part::SlideTitle) headings.push_back(headingAt(document, i, 1, HeadingSource::SlideTitle));
    }
    return headings;
}

std::vector<FoundHeading> styledHeadings(const Document& document) {
    std::vector<FoundHeading> headings;
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        const Block& block = document.blocks[i];
        if (!block.has(kHeading) || !visible(block) || trimmed(block.text).empty()) continue;
        const HeadingSource source = startsWithDate(block.text) ? HeadingSource::DatedEntry : HeadingSource::Style;
        headings.push_back(headingAt(document, i, block.headingLevel > 0 ? block.headingLevel : 1, source));
    }
    return headings;
}

// Word's contents entries have the styles "TOC 1".."TOC 9" (or "toc 1" as some writers name them).
int contentsLevel(const Block& block) {
    const std::string& style = block.style;
    if (style.size() < 5 || (style.compare(0, 4, "TOC ") != 0 && style.compare(0, 4, "toc ") != 0)) return 0;
    return std::isdigit(static_cast<unsigned char>(style[4])) ? style[4] - '0' : 0;
}

// An entry as printed: "Confidentiality 7" or "Confidentiality\t7"; its title without the page.
std::string entryTitle(const std::string& text) {
    std::string title = trimmed(text);
    while (!title.empty() && std::isdigit(static_cast<unsigned char>(title.back()))) title.pop_back();
    while (!title.empty() && (std::isspace(static_cast<unsigned char>(title.back())) || title.back() == '.')) title.pop_back();
    return title;
}

std::vector<FoundHeading> contentsHeadings(const Document& document) {
    std::map<std::string, int> levelOfTitle;  // folded entry title -> contents level
    std::size_t afterContents = 0;
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        const int level = contentsLevel(document.blocks[i]);
        if (level == 0) continue;
        levelOfTitle.emplace(foldCase(entryTitle(document.blocks[i].text)), level);
        afterContents = i + 1;
    }
    std::vector<FoundHeading> headings;
    if (levelOfTitle.empty()) return headings;
    for (std::size_t i = afterContents; i < document.blocks.size(); ++i) {
        const Block& block = document.blocks[i];
        if (block.part != Part::Body || !visible(block)) continue;
        const auto entry = levelOfTitle.find(foldCase(trimmed(block.text)));
        if (entry != levelOfTitle.end()) headings.push_back(headingAt(document, i, entry->second, HeadingSource::TableOfContents));
    }
    return headings;
}

// Journals written without headings start each entry with its date; two or more make a journal.
std::vector<FoundHeading> datedLines(const Document& document) {
    std::vector<FoundHeading> headings;
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        const Block& block = document.blocks[i];
        if (block.part == Part::Body && visible(block) && startsWithDate(block.text)) {
            headings.push_back(headingAt(document, i, 1, HeadingSource::DatedEntry));
        }
    }
    if (headings.size() < 2) headings.clear();
    return headings;
}

bool isAnnexKeyword(const std::string& keyword) { return keyword == "annex" || keyword == "appendix"; }

bool namesAppendix(const std::string& text) {
    const std::string folded = foldCase(text);
    return folded.rfind("append", 0) == 0 || folded.rfind("annex", 0) == 0;
}

// Without styles the only sign of nesting is numbering: "Task 2" and "Section 3:" head the
// outermost level, "1.2" is as deep as its dots, unnumbered headings sit under keyword ones, and
// lettered annexes ("Annex A:") sit under the "Appendix" heading they follow.
std::vector<FoundHeading> layoutHeadings(const Document& document) {
    constexpr int kUnnumbered = 0;
    constexpr int kAnnexUnderAppendix = -1;
    std::vector<FoundHeading> headings;
    bool keywordNumbered = false;
    bool inAppendix = false;
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        if (!looksLikeHeading(document.blocks[i])) continue;
        const SplitHeading split = splitNumbering(document.blocks[i].text);
        int level = kUnnumbered;
        if (split.numbering && isAnnexKeyword(split.numbering->keyword) && inAppendix) {
            level = kAnnexUnderAppendix;
        } else if (split.numbering && !split.numbering->keyword.empty()) {
            level = 1;
            keywordNumbered = true;
            inAppendix = false;
        } else if (split.numbering && split.numbering->marked) {
            level = split.numbering->depth;
            inAppendix = false;
        } else {
            inAppendix = namesAppendix(split.title);
        }
        headings.push_back(headingAt(document, i, level, HeadingSource::Layout));
    }
    const int unnumbered = keywordNumbered ? 2 : 1;
    for (auto& heading : headings) {
        if (heading.level == kUnnumbered) heading.level = unnumbered;
        if (heading.level == kAnnexUnderAppendix) heading.level = unnumbered + 1;
    }
    return headings;
}

void measureSections(const Document& document, std::vector<FoundHeading>& headings) {
    // A block inside nested sections counts towards each of them: its words are counted once.
    constexpr std::size_t kNotCounted = static_cast<std::size_t>(-1);
    std::vector<std::size_t> blockWords(headings.empty() ? 0 : document.blocks.size(), kNotCounted);
    for (std::size_t h = 0; h < headings.size(); ++h) {
        std::size_t end = document.blocks.size();
        for (std::size_t next = h + 1; next < headings.size(); ++next) {
            if (headings[next].level <= headings[h].level) {
                end = headings[next].block;
                break;
            }
        }
        headings[h].end = end;
        std::size_t words = 0;
        for (std::size_t i = headings[h].block + 1; i < end; ++i) {
            if (blockWords[i] == kNotCounted) {
                const Block& block = document.blocks[i];
                blockWords[i] = countsTowardsSection(block) ? text::countWordCompatible(block.text) : 0;
            }
            words += blockWords[i];
        }
        headings[h].words = words;
    }
}

bool startsWithCapitalOrNumber(const std::string& text) {
    if (text.empty()) return false;
    const auto first = static_cast<unsigned char>(text[0]);
    // Non-ASCII first letters (É, Ł ...) are taken as capitals: folding them here would be overkill.
    return std::isupper(first) || std::isdigit(first) || first >= 0x80;
}

}  // namespace

const char* headingSourceName(HeadingSource source) {
    switch (source) {
        case HeadingSource::Style: return "style";
        case HeadingSource::TableOfContents: return "table_of_contents";
        case HeadingSource::Layout: return "layout";
        case HeadingSource::SlideTitle: return "slide_title";
        case HeadingSource::DatedEntry: return "dated_entry";
    }
    return "style";
}

bool countsTowardsSection(const Block& block) {
    if (!visible(block)) return false;
    switch (block.part) {
        case Part::Body:
        case Part::Table:
        case Part::TextBox:
        case Part::SlideTitle:
        case Part::SlideBody: return true;
        default: return false;
    }
}

bool looksLikeHeading(const Block& block) {
    if (block.part != Part::Body || !visible(block)) return false;
    const std::string text = trimmed(block.text);
    if (text.empty() || text.size() > 120) return false;
    if (text::countWordCompatible(text) > kMaxHeadingWords) return false;
    const bool numberedList = block.has(kListItem) && !block.listLabel.empty() &&
                              std::isdigit(static_cast<unsigned char>(block.listLabel[0]));
    if (block.has(kListItem) && !numberedList) return false;
    const SplitHeading split = splitNumbering(text);
    const bool numbered = numberedList || (split.numbering && split.numbering->marked);
    if (!startsWithCapitalOrNumber(text)) return false;
    const char last = text.back();
    if (last == '.' || last == ',' || last == ';' || last == ':') return false;
    if (last == '?' && !numbered) return false;
    // "Name: Megan Hollis" is a form field; "Section 3: Goals" and "Annex A: mapping" are headings.
    const std::size_t colon = text.find(':');
    if (colon != std::string::npos && !(split.numbering && !split.numbering->keyword.empty())) return false;
    return true;
}

DocumentStructure findStructure(const Document& document) {
    DocumentStructure structure;
    if (document.status != ReadStatus::Read || document.blocks.empty()) return structure;
    if (isDeckDocument(document)) {
        structure.headings = slideTitles(document);
    } else {
        structure.headings = styledHeadings(document);
        if (structure.headings.empty()) structure.headings = contentsHeadings(document);
        if (structure.headings.empty()) structure.headings = datedLines(document);
        if (structure.headings.empty()) structure.headings = layoutHeadings(document);
    }
    measureSections(document, structure.headings);
    return structure;
}

}  // namespace showcase::structure
