#include "arguments.hpp"

#include <algorithm>

namespace showcase::cli {

std::vector<std::string> attachOptionValues(const std::vector<std::string>& words,
                                            const std::vector<std::string>& takesValue) {
    std::vector<std::string> result;
    auto needsValue = [&takesValue](const std::string& word) {
        return std::find(takesValue.begin(), takesValue.end(), word) != takesValue.end();
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word == "--") {
            result.insert(result.end(), words.begin() + static_cast<std::ptrdiff_t>(i), words.end());
            break;
        }
        if (needsValue(word) && i + 1 < words.size()) {
            const bool isLong = word.rfind("--", 0) == 0;
            result.push_back(word + (isLong ? "=" : "") + words[i + 1]);
            ++i;
        } else {
            result.push_back(word);
        }
    }
    return result;
}

}  // namespace showcase::cli
