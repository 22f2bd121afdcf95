#include "seed_texts.hpp"

#include <fstream>

namespace showcase::profiles {

const std::vector<std::string>* SeedTexts::lines(const std::string& seed) {
    auto found = cache_.find(seed);
    if (found == cache_.end()) {
        std::optional<std::vector<std::string>> read;
        // A seed name is a plain file name; anything with a path separator is never opened.
        if (seed.find('/') == std::string::npos && seed != "." && seed != "..") {
            std::ifstream in(folder_ + "/" + seed, std::ios::binary);
            if (in) {
                read.emplace();
                for (std::string line; std::getline(in, line);) {
                    if (!line.empty() && line.back() == '\r') line.pop_back();
                    read->push_back(line);
                }
            }
        }
        found = cache_.emplace(seed, std::move(read)).first;
    }
    return found->second ? &*found->second : nullptr;
}

std::string collapseWhiteSpace(const std::string& text) {
    std::string out;
    bool pendingSpace = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

}  // namespace showcase::profiles
