// Matching the headings found in documents to a template's sections, tolerantly (see
// headingSimilarity), then what follows from it: sections found, missing, duplicated, out of
// order, and the words under each.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "found_structure.hpp"
#include "section_template.hpp"
#include "showcase/document.hpp"

namespace showcase::structure {

/// One heading of one document, as the matcher sees it.
struct HeadingRef {
    const Document* document = nullptr;
    const FoundHeading* heading = nullptr;
};

/// The headings of several documents, in bundle then document order.
std::vector<HeadingRef> headingsOf(const std::vector<const Document*>& documents,
                                   const std::vector<DocumentStructure>& structures);

/// The content words (contentWords) of each phrase of each template section, worked out once per
/// template rather than once per heading compared with it. Each distinct word is kept once, in
/// `vocabulary`, and a phrase is the positions of its words there, so that a heading's words are
/// compared with each distinct word once (sameWord) and not again for every phrase holding it.
struct TemplateWords {
    std::vector<std::string> vocabulary;  ///< sorted, distinct
    /// Per section, per phrase (in the order of TemplateSection::phrases): positions in `vocabulary`.
    std::vector<std::vector<std::vector<std::size_t>>> phrases;
};
TemplateWords templateWords(const std::vector<TemplateSection>& sections);

/// The template section a heading (its content words) is most like by headingSimilarity, when the
/// likeness reaches `threshold`; ties go to the earlier section.
struct SectionMatch {
    std::size_t section = 0;  ///< position in the template's sections
    double score = 0;
};
std::optional<SectionMatch> bestSection(const std::vector<std::string>& headingWords, const TemplateWords& sections,
                                        double threshold);
/// The same from the heading's text and the sections themselves, for a single heading.
std::optional<SectionMatch> bestSection(const std::string& headingText, const std::vector<TemplateSection>& sections,
                                        double threshold);

struct SectionOccurrence {
    HeadingRef where;
    double score = 0;
};

struct MatchedHeading {
    HeadingRef where;
    std::optional<SectionMatch> match;
    bool insideSameSection = false;  ///< nested under a heading matched to the same section
    bool continuesPrevious = false;  ///< right after another heading of the same section (slides 4-9 on one module)
};

struct TemplateComparison {
    std::vector<MatchedHeading> headings;                    ///< every heading, in order
    std::vector<std::vector<SectionOccurrence>> occurrences; ///< per template section, in order
    std::vector<std::size_t> missing;       ///< template positions with no heading
    std::vector<std::size_t> duplicated;    ///< template positions with two or more separate headings
    std::vector<std::size_t> outOfOrder;    ///< template positions whose first heading breaks the order
    std::vector<std::size_t> words;         ///< per template section: words under its headings
};

/// Compares headings with the template. A heading nested under one matched to the same section
/// ("Annex B" under "Appendix") is part of that section, not a second copy, and so is one that
/// follows a heading of the same section with no other section between (a module spread over
/// consecutive slides); its words are added to the section's. Out of order are the
/// sections left out of the longest run of first occurrences in template order.
TemplateComparison compareWithTemplate(const std::vector<HeadingRef>& headings,
                                       const std::vector<TemplateSection>& sections, double threshold);

}  // namespace showcase::structure
