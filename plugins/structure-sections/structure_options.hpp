// The options of structure-sections (`--set structure-sections.KEY=VALUE`); README.md lists them
// with their defaults.
#pragma once

#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

namespace showcase::structure {

/// The least headingSimilarity for a heading to count as a template section: 0.6 accepts one of
/// two content words differing, and every phrase wholly inside a heading (0.8 and up).
inline constexpr double kDefaultSimilarityThreshold = 0.6;

struct StructureOptions {
    /// A profile file (mappings/profiles/*.json) to use when the host supplies no profile.
    std::string profileFile;
    double similarityThreshold = kDefaultSimilarityThreshold;
};

struct OptionsReading {
    StructureOptions options;
    std::vector<std::string> problems;
};
OptionsReading readOptions(const Poco::JSON::Object::Ptr& options);

/// The profile in `path` as JSON; throws Poco exceptions when it cannot be read or parsed.
Poco::JSON::Object::Ptr loadProfileFile(const std::string& path);

}  // namespace showcase::structure
