// structure-sections: each document's section structure, matched to the EPAO profile's template
// (sections found, missing, duplicated, out of order, words against the recommended range) or,
// for a showcase of components, to its components and what each must hold.
#pragma once

#include "showcase/plugin_api.hpp"

namespace showcase::structure {

inline constexpr const char* kPluginId = "structure-sections";

/// The whole check. The profile is Analysis::profile(), else the file named by the option
/// `profile_file`; with neither, only the structure found is reported.
void checkStructure(Analysis& analysis);

}  // namespace showcase::structure
