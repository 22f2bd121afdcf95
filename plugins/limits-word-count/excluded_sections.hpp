// The parts of a report that are not the report: a cover block before the first section heading,
// and back matter (appendices, annexes, references, bibliography) with everything under it.
//
// Cover rule. The front matter is every block of the main text before the first heading that is
// not the document's title (a heading in the Title or Subtitle style, or a heading that is the
// very first block). It is a cover when all of these hold:
//  * it has at least one "label line": a label of one to four words and a colon, then the value
//    ("Name: Megan Hollis", "Employer: ...", "Date of birth: ...", "Declaration: ...");
//  * every other line is short (at most 12 words: a name, a date, the standard's title);
//  * no label line is longer than 60 words, and the whole block has at most 250 words.
// An introduction written before the first heading fails these tests and is counted.
//
// Back-matter rule. A visible heading whose text starts with one of the back-matter words
// (case-insensitive, a whole word, after any "7." or "A)" numbering) starts an excluded range. It
// runs to the end of the document, except that a later heading of a strictly higher rank (a
// smaller level number) that is not itself back matter ends it: a "References" sub-heading
// inside a task does not swallow the next task, while the annexes after a top-level "Appendix"
// stay excluded, whatever their headings say.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "counting_policy.hpp"
#include "showcase/document.hpp"

namespace showcase::wordcount {

/// One excluded range of a document's blocks, [first, end) as indices into Document::blocks.
/// Only main-text blocks (body, tables, text boxes) inside the range belong to it.
struct SectionExclusion {
    std::size_t first = 0;
    std::size_t end = 0;
    std::string heading;  ///< the heading that starts it; for a cover, the title if there is one
    std::string reason;   ///< "cover" or "back matter"
};

/// The excluded ranges of `document` under `policy`, in document order, never overlapping.
std::vector<SectionExclusion> findExcludedSections(const Document& document, const CountingPolicy& policy);

/// True for the parts that make the main text's flow (body, tables, text boxes).
bool inMainText(const Block& block);

/// True when `heading` starts with one of `words` (lower case), as a whole word, after numbering.
bool isBackMatterHeading(const std::string& heading, const std::vector<std::string>& words);

}  // namespace showcase::wordcount
