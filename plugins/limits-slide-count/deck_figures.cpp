#include "deck_figures.hpp"

#include <map>

namespace showcase::slidecount {
namespace {

bool onSlide(Part part) { return part == Part::SlideTitle || part == Part::SlideBody || part == Part::Table; }

}  // namespace

bool isDeck(const Document& document) {
    if (document.status != ReadStatus::Read) return false;
    return !document.slides.empty() || document.role == Role::Slides || document.format == "pptx" ||
           document.format == "odp";
}

DeckFigures measureDeck(const Document& document, const text::WordRules& rules) {
    DeckFigures deck;
    std::map<int, std::size_t> positionOf;  // slide number -> position in deck.slides
    for (const auto& slide : document.slides) {
        SlideFigures figures;
        figures.number = slide.number;
        figures.title = slide.title;
        figures.hidden = slide.hidden;
        figures.hasNotes = slide.hasNotes;
        positionOf[slide.number] = deck.slides.size();
        deck.slides.push_back(std::move(figures));
        deck.hidden += slide.hidden ? 1 : 0;
        deck.notesSlides += slide.hasNotes ? 1 : 0;
    }
    for (const auto& block : document.blocks) {
        const auto position = positionOf.find(block.index);
        if (position == positionOf.end()) continue;
        SlideFigures& slide = deck.slides[position->second];
        const std::size_t words = text::countWordCompatible(block.text, rules);
        if (block.part == Part::Notes) {
            slide.notesWords += words;
            deck.notesWords += words;
            if (!slide.hidden) deck.presentedNotesWords += words;
        } else if (onSlide(block.part)) {
            slide.words += words;
            deck.words += words;
        }
    }
    return deck;
}

double speakingMinutes(const DeckFigures& deck, double wordsPerMinute) {
    return wordsPerMinute > 0 ? static_cast<double>(deck.presentedNotesWords) / wordsPerMinute : 0;
}

}  // namespace showcase::slidecount
