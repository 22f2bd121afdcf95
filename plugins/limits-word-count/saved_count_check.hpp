// Word's own saved figure (docProps/app.xml <Words>) beside ours, as a cross-check only.
//
// The reference notes find <Words> is "as of last save", describes the main text only (no text
// boxes, footnotes or endnotes, whatever the checkbox says), and is often stale or copied from a
// template by generators. So it is compared with our count of the visible body and tables of the
// whole file (cover and appendices included, as Word sees them), and it is never enforced.
// It "agrees" when the two differ by at most max(5 words, 1 % of our figure).
#pragma once

#include <optional>
#include <string>

#include "word_tally.hpp"

namespace showcase::wordcount {

struct SavedCountCheck {
    std::string file;
    std::string application;
    std::string appVersion;
    long long savedWords = 0;
    long long mainTextWords = 0;
    long long tolerance = 0;
    bool savedByWord = false;
    bool agrees = false;
};

/// The cross-check for one counted file, or nothing when the file stores no word count.
std::optional<SavedCountCheck> checkSavedCount(const FileTally& file);

/// True for the application names Microsoft Word writes ("Microsoft Office Word", "Microsoft Word",
/// "Microsoft Macintosh Word").
bool isMicrosoftWord(const std::string& application);

}  // namespace showcase::wordcount
