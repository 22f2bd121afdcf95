// A document's section structure as its writer made it: heading-styled paragraphs; without any,
// the entries of a table of contents found again in the text, or else short lines that look like
// headings; slide titles in decks; dated entries in journals. Each section knows its words.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "showcase/document.hpp"

namespace showcase::structure {

/// How a heading was recognised, shown in the metrics so a reader can judge it.
enum class HeadingSource { Style, TableOfContents, Layout, SlideTitle, DatedEntry };
const char* headingSourceName(HeadingSource source);

struct FoundHeading {
    std::size_t block = 0;  ///< position in Document::blocks
    int index = 0;          ///< the block's own index (paragraph, slide)
    Part part = Part::Body;
    int level = 1;          ///< 1 outermost
    std::string text;
    HeadingSource source = HeadingSource::Style;
    std::size_t words = 0;  ///< Word-compatible words up to the next heading of the same or a higher level
    std::size_t end = 0;    ///< one past the section's last block in Document::blocks
};

struct DocumentStructure {
    std::vector<FoundHeading> headings;  ///< in document order
};

/// The structure of one read document (empty for a file without text).
DocumentStructure findStructure(const Document& document);

/// Whether a block's words belong to the section it sits in: text the reader of the document sees
/// in the body (not headers, footers, comments or speaker notes, not hidden or deleted text).
bool countsTowardsSection(const Block& block);

/// Whether a short line looks like a heading when no styles say so: at most 12 words, starting with
/// a capital or a number, with no final full stop, comma, semicolon or colon (a question mark only
/// after a number), and not a "Label: value" field such as "Name: Megan Hollis".
bool looksLikeHeading(const Block& block);

}  // namespace showcase::structure
