// What a deck holds, slide by slide: whether each slide is hidden or has notes, and the words on
// it and in its notes, counted as Word counts them (plugins/common).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "showcase/document.hpp"
#include "word_count.hpp"

namespace showcase::slidecount {

struct SlideFigures {
    int number = 0;
    std::string title;
    bool hidden = false;
    bool hasNotes = false;
    std::size_t words = 0;       ///< title, body and tables
    std::size_t notesWords = 0;  ///< the speaker notes
};

struct DeckFigures {
    std::vector<SlideFigures> slides;  ///< in presentation order
    int hidden = 0;
    int notesSlides = 0;               ///< slides with a notes page, even an empty one (PowerPoint's Notes)
    std::size_t words = 0;
    std::size_t notesWords = 0;
    std::size_t presentedNotesWords = 0;  ///< notes of the slides a slide show presents (not hidden)

    int visible() const { return static_cast<int>(slides.size()) - hidden; }
};

/// A deck: a readable file with slides, taken as slides, or in a presentation format.
bool isDeck(const Document& document);

DeckFigures measureDeck(const Document& document, const text::WordRules& rules = {});

/// Minutes the presented slides' notes take to say at `wordsPerMinute`.
double speakingMinutes(const DeckFigures& deck, double wordsPerMinute);

}  // namespace showcase::slidecount
