// Lower-casing file names and labels before matching words in them (bundle roles, the profile pick).
#pragma once

#include <algorithm>
#include <cctype>
#include <string>

namespace showcase {

/// `text` with every byte through std::tolower: the letters of the C locale, multi-byte UTF-8 untouched.
inline std::string lowerCase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

}  // namespace showcase
