// Where the mappings and the seeds are found. One rule, documented in --help and README:
//   1. --mappings DIR when given;
//   2. else <folder of the executable>/../share/showcase/mappings when it exists (an installed tree);
//   3. else the source tree's mappings/ folder, compiled in as SHOWCASE_SOURCE_MAPPINGS_DIR (a build tree).
// Seeds: --seeds DIR, else <mappings>/../../shared/seeds (beside the repository); citations' quotes
// are only checked when that folder exists.
#pragma once

#include <string>

namespace showcase::profiles {

/// The mappings folder by the rule above; `explicitDir` is --mappings (may be empty).
std::string mappingsFolder(const std::string& explicitDir, const std::string& executableDir);

/// The seeds folder by the rule above, or "" when it does not exist.
std::string seedsFolder(const std::string& explicitDir, const std::string& mappingsDir);

}  // namespace showcase::profiles
