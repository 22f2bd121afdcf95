// Unicode case folding shared by the checks that compare words and headings.
#pragma once

#include <string>
#include <string_view>

namespace showcase::text {

/// The NFKC case fold of `utf8` ("Customer’s ＣＡＲＥ" → "customer’s care"), so that text compares
/// whatever its case or compatibility forms. ASCII text is lower-cased without ICU, which gives the
/// same result; if ICU fails, only ASCII letters are lowered.
std::string foldCase(std::string_view utf8);

}  // namespace showcase::text
