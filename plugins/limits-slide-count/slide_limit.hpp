// Where a slide limit is reached: the slides past it, and every block of theirs marked
// kBeyondLimit in the model so that later checks know that evidence will not be assessed.
#pragma once

#include <string>
#include <vector>

#include "deck_figures.hpp"
#include "showcase/document.hpp"

namespace showcase::slidecount {

/// The slides the limit counts: all of them, or only the visible ones.
int countedSlides(const DeckFigures& deck, bool countHidden);

/// The numbers of the slides after the `max`-th counted one, in order; empty within the limit.
/// With hidden slides not counted, a hidden slide past that point is still past the limit.
std::vector<int> slidesBeyondLimit(const DeckFigures& deck, int max, bool countHidden);

/// Sets kBeyondLimit on every block of the given slides.
void markBeyondLimit(Document& document, const std::vector<int>& slideNumbers);

/// "23", "8, 23", "36–37", "3, 36–40": consecutive numbers as ranges.
std::string describeNumbers(const std::vector<int>& numbers);

}  // namespace showcase::slidecount
