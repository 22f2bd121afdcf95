// The EPAO documents that citations point into (shared/seeds/), read on first use.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace showcase::profiles {

/// The seeds folder, or none: without it citations are checked for shape only (rule 5 allows it).
class SeedTexts {
public:
    explicit SeedTexts(std::string folder) : folder_(std::move(folder)) {}
    bool available() const { return !folder_.empty(); }
    const std::string& folder() const { return folder_; }
    /// The lines of one seed, or nullopt when the file is not in the folder.
    const std::vector<std::string>* lines(const std::string& seed);

private:
    std::string folder_;
    std::map<std::string, std::optional<std::vector<std::string>>> cache_;
};

/// Section 2's normalisation: every run of white space becomes one space, none at either end.
std::string collapseWhiteSpace(const std::string& text);

}  // namespace showcase::profiles
