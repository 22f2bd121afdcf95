// ICU's word segmentation of text that is all ASCII, without ICU: the UAX #29 rules that can
// apply to ASCII, as ICU's en_GB word break iterator applies them.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace showcase::text {

/// Calls `onWord(begin, end)` (byte offsets) for each segment ICU would give a word status
/// (letters, digits, underscores), in order, and returns true; returns false, having called
/// nothing, when `text` holds a byte outside ASCII.
bool forEachAsciiWord(std::string_view text, const std::function<void(std::size_t, std::size_t)>& onWord);

}  // namespace showcase::text
