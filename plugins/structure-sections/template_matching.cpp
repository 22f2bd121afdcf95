#include "template_matching.hpp"

#include <algorithm>

#include "heading_text.hpp"

namespace showcase::structure {
namespace {

// The positions of the longest strictly increasing subsequence of `values`.
std::vector<std::size_t> longestIncreasingRun(const std::vector<int>& values) {
    const std::size_t n = values.size();
    std::vector<std::size_t> length(n, 1);
    std::vector<std::size_t> previous(n, n);
    std::size_t best = n;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            if (values[j] < values[i] && length[j] + 1 > length[i]) {
                length[i] = length[j] + 1;
                previous[i] = j;
            }
        }
        if (best == n || length[i] > length[best]) best = i;
    }
    std::vector<std::size_t> run;
    for (std::size_t i = best; i < n; i = previous[i]) run.push_back(i);
    std::reverse(run.begin(), run.end());
    return run;
}

}  // namespace

std::vector<HeadingRef> headingsOf(const std::vector<const Document*>& documents,
                                   const std::vector<DocumentStructure>& structures) {
    std::vector<HeadingRef> refs;
    for (std::size_t d = 0; d < documents.size() && d < structures.size(); ++d) {
        for (const auto& heading : structures[d].headings) refs.push_back({documents[d], &heading});
    }
    return refs;
}

TemplateWords templateWords(const std::vector<TemplateSection>& sections) {
    std::vector<std::vector<std::vector<std::string>>> phraseWords;  // per section, per phrase
    TemplateWords words;
    for (const auto& section : sections) {
        auto& phrases = phraseWords.emplace_back();
        for (const auto& phrase : section.phrases) {
            phrases.push_back(contentWords(phrase));
            words.vocabulary.insert(words.vocabulary.end(), phrases.back().begin(), phrases.back().end());
        }
    }
    std::sort(words.vocabulary.begin(), words.vocabulary.end());
    words.vocabulary.erase(std::unique(words.vocabulary.begin(), words.vocabulary.end()), words.vocabulary.end());
    for (const auto& section : phraseWords) {
        auto& phrases = words.phrases.emplace_back();
        for (const auto& phrase : section) {
            auto& positions = phrases.emplace_back();
            for (const auto& word : phrase) {
                positions.push_back(static_cast<std::size_t>(
                    std::lower_bound(words.vocabulary.begin(), words.vocabulary.end(), word) - words.vocabulary.begin()));
            }
        }
    }
    return words;
}

// headingSimilarity for every phrase, counted from one comparison of the heading's words with the
// template's vocabulary rather than of the words of every phrase.
std::optional<SectionMatch> bestSection(const std::vector<std::string>& headingWords, const TemplateWords& sections,
                                        double threshold) {
    const std::size_t vocabularySize = sections.vocabulary.size();
    // same[h * vocabularySize + v]: heading word h and vocabulary word v are the same (sameWord);
    // inHeading[v]: some heading word is the same as vocabulary word v.
    std::vector<char> same(headingWords.size() * vocabularySize, 0);
    std::vector<char> inHeading(vocabularySize, 0);
    for (std::size_t h = 0; h < headingWords.size(); ++h) {
        for (std::size_t v = 0; v < vocabularySize; ++v) {
            if (sameWord(headingWords[h], sections.vocabulary[v])) same[h * vocabularySize + v] = inHeading[v] = 1;
        }
    }
    std::optional<SectionMatch> best;
    for (std::size_t s = 0; s < sections.phrases.size(); ++s) {
        double score = 0;
        for (const auto& phrase : sections.phrases[s]) {
            const auto phraseFound = static_cast<std::size_t>(
                std::count_if(phrase.begin(), phrase.end(), [&](std::size_t v) { return inHeading[v] != 0; }));
            // No word in common: the likeness is 0, which the score already is at least.
            if (phraseFound == 0) continue;
            std::size_t headingFound = 0;
            for (std::size_t h = 0; h < headingWords.size(); ++h) {
                const char* row = same.data() + h * vocabularySize;
                if (std::any_of(phrase.begin(), phrase.end(), [&](std::size_t v) { return row[v] != 0; })) ++headingFound;
            }
            score = std::max(score, similarityFromCounts(headingFound, headingWords.size(), phraseFound, phrase.size()));
        }
        if (score >= threshold && (!best || score > best->score)) best = SectionMatch{s, score};
    }
    return best;
}

std::optional<SectionMatch> bestSection(const std::string& headingText, const std::vector<TemplateSection>& sections,
                                        double threshold) {
    return bestSection(contentWords(headingText), templateWords(sections), threshold);
}

TemplateComparison compareWithTemplate(const std::vector<HeadingRef>& headings,
                                       const std::vector<TemplateSection>& sections, double threshold) {
    const TemplateWords sectionWords = templateWords(sections);
    TemplateComparison comparison;
    comparison.occurrences.resize(sections.size());
    comparison.words.assign(sections.size(), 0);
    // The open headings of the current document, outermost first, to see what a heading is inside.
    std::vector<const MatchedHeading*> open;
    const Document* currentDocument = nullptr;
    comparison.headings.reserve(headings.size());
    for (const auto& ref : headings) {
        if (ref.document != currentDocument) {
            open.clear();
            currentDocument = ref.document;
        }
        while (!open.empty() && open.back()->where.heading->level >= ref.heading->level) open.pop_back();
        MatchedHeading matched{ref, bestSection(contentWords(ref.heading->text), sectionWords, threshold), false};
        if (matched.match) {
            for (const auto* outer : open) {
                if (outer->match && outer->match->section == matched.match->section) matched.insideSameSection = true;
            }
        }
        comparison.headings.push_back(matched);
        open.push_back(&comparison.headings.back());
    }
    std::vector<int> firstOrders;          // template order of each section's first heading, in document order
    std::vector<std::size_t> firstSection; // the section of each entry above
    std::optional<std::size_t> lastSection;
    const Document* lastDocument = nullptr;
    for (auto& heading : comparison.headings) {
        if (!heading.match || heading.insideSameSection) continue;
        const std::size_t section = heading.match->section;
        heading.continuesPrevious = lastSection == section && lastDocument == heading.where.document;
        lastSection = section;
        lastDocument = heading.where.document;
        comparison.words[section] += heading.where.heading->words;
        if (heading.continuesPrevious) continue;
        if (comparison.occurrences[section].empty()) {
            firstOrders.push_back(sections[section].order);
            firstSection.push_back(section);
        }
        comparison.occurrences[section].push_back({heading.where, heading.match->score});
    }
    const std::vector<std::size_t> inOrder = longestIncreasingRun(firstOrders);
    for (std::size_t i = 0; i < firstSection.size(); ++i) {
        if (!std::binary_search(inOrder.begin(), inOrder.end(), i)) comparison.outOfOrder.push_back(firstSection[i]);
    }
    for (std::size_t s = 0; s < sections.size(); ++s) {
        if (comparison.occurrences[s].empty()) comparison.missing.push_back(s);
        if (comparison.occurrences[s].size() > 1) comparison.duplicated.push_back(s);
    }
    return comparison;
}

}  // namespace showcase::structure
