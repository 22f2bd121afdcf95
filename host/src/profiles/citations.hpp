// Rule 5's content half: every citation names a known seed, its lines exist, and its quote occurs
// in those lines (section 2's normalisation). Shapes are checked by shape.cpp.
#pragma once

#include <set>
#include <string>

#include "diagnostics.hpp"
#include "located_json.hpp"
#include "seed_texts.hpp"

namespace showcase::profiles {

/// Checks every `source` member in `json`. `knownSeeds` are the catalogue's seed files. Without the
/// seeds folder only the seed names and `line_end` > `line` are checked.
void checkCitations(const LocatedJson& json, const std::set<std::string>& knownSeeds, SeedTexts& seeds,
                    Diagnostics& diagnostics);

}  // namespace showcase::profiles
