// Unicode case folding shared by the checks that compare words and headings.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace showcase::text {

/// The NFKC case fold of `utf8` ("Customer’s ＣＡＲＥ" → "customer’s care"), so that text compares
/// whatever its case or compatibility forms. ASCII text is lower-cased without ICU, which gives the
/// same result; other text goes through ICU (unicode_module.hpp), which throws std::runtime_error
/// if ICU cannot be loaded or fails.
std::string foldCase(std::string_view utf8);

/// Calls `word` with each word of `utf8`, in order: runs of letters and digits (Unicode's), where
/// an apostrophe (' ’ ʼ) between a word and a letter joins them and is dropped ("didn't" gives
/// "didnt", so possessives meet plurals). Fold the text first for words that compare.
void forEachWord(std::string_view utf8, const std::function<void(const std::string&)>& word);

/// The words of foldCase(utf8), as forEachWord gives them; plain text is folded while it is split,
/// without a folded copy.
void forEachFoldedWord(std::string_view utf8, const std::function<void(const std::string&)>& word);

}  // namespace showcase::text
