#include "slide_limit.hpp"

#include <algorithm>

namespace showcase::slidecount {

int countedSlides(const DeckFigures& deck, bool countHidden) {
    return countHidden ? static_cast<int>(deck.slides.size()) : deck.visible();
}

std::vector<int> slidesBeyondLimit(const DeckFigures& deck, int max, bool countHidden) {
    std::vector<int> beyond;
    if (countedSlides(deck, countHidden) <= max) return beyond;
    int counted = 0;
    for (const auto& slide : deck.slides) {
        if (counted >= max) {
            beyond.push_back(slide.number);
        } else if (countHidden || !slide.hidden) {
            ++counted;
        }
    }
    return beyond;
}

void markBeyondLimit(Document& document, const std::vector<int>& slideNumbers) {
    for (auto& block : document.blocks) {
        if (std::binary_search(slideNumbers.begin(), slideNumbers.end(), block.index)) block.flags |= kBeyondLimit;
    }
}

std::string describeNumbers(const std::vector<int>& numbers) {
    std::string text;
    for (std::size_t first = 0; first < numbers.size();) {
        std::size_t last = first;
        while (last + 1 < numbers.size() && numbers[last + 1] == numbers[last] + 1) ++last;
        if (!text.empty()) text += ", ";
        text += std::to_string(numbers[first]);
        if (last > first) text += "\u2013" + std::to_string(numbers[last]);
        first = last + 1;
    }
    return text;
}

}  // namespace showcase::slidecount
