// ICU's word segmentation of plain text without ICU: ASCII, the accented letters of Latin-1, the
// pound, degree, copyright and registered signs, and the typographic marks word processors put
// in (curly quotes, en and em dashes, the bullet, the ellipsis, the no-break space), by the
// UAX #29 rules that can apply to them, as ICU's en_GB word break iterator applies them.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace showcase::text {

/// Calls `onWord(begin, end)` (byte offsets) for each segment ICU would give a word status
/// (letters, digits, underscores), in order, and returns true; returns false, having called
/// nothing, when `text` holds any other character, which only ICU can segment.
bool forEachPlainTextWord(std::string_view text, const std::function<void(std::size_t, std::size_t)>& onWord);

}  // namespace showcase::text
