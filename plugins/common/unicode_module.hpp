// ICU, in a module of its own under lib/showcase/text/, loaded the first time a check meets text
// that is not plain.
//
// Mapping ICU costs about a millisecond of every check, and most showcase text is ASCII with
// Word's curly quotes and dashes, which case_folding and word_count handle without it. Checks
// reach ICU only through these functions, so a bundle of plain text never loads it.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace showcase::text {

/// Bumped when UnicodeFunctions changes.
inline constexpr int kUnicodeModuleVersion = 1;

/// Receives each word found, as UTF-8.
using WordSink = std::function<void(const std::string&)>;
/// Receives each segment found, as byte offsets into the text.
using SegmentSink = std::function<void(std::size_t begin, std::size_t end)>;

/// What the module exports. No exception crosses the library boundary: false and `error` instead.
struct UnicodeFunctions {
    /// NFKC case fold of `utf8` into `folded`.
    bool (*foldCase)(std::string_view utf8, std::string& folded, std::string& error);
    /// Runs of Unicode letters and digits, an apostrophe joining a word to a following letter.
    void (*forEachWord)(std::string_view utf8, const WordSink& sink);
    /// ICU's UAX #29 word segments whose rule status is a word (letters, numbers, kana, ideographs).
    bool (*forEachWordSegment)(std::string_view utf8, const SegmentSink& sink, std::string& error);
};

/// The module's functions, loaded on first call and kept until the process exits; throws
/// std::runtime_error naming the module's path when it cannot be loaded or is of another version.
const UnicodeFunctions& unicodeModule();

}  // namespace showcase::text
