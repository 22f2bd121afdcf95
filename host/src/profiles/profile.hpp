// One EPAO option's profile (mappings/profiles/<id>.json), validated against its catalogue.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "catalogue.hpp"

namespace showcase::profiles {

struct Profile {
    LocatedJson json;
    std::string id;
    std::string epao;
    std::string option;  ///< report, presentation, journal, storyboard or components
    const Catalogue* catalogue = nullptr;
};

/// Catalogues by standard id; a profile's `standard` names one of them.
using CatalogueSet = std::map<std::string, Catalogue>;

/// Reads and validates a profile (rules 1-5 and 14-24); nullopt (with the reasons in
/// `diagnostics`) when it has errors. The returned profile points into `catalogues`.
std::optional<Profile> loadProfile(const std::string& path, const CatalogueSet& catalogues, SeedTexts& seeds,
                                   Diagnostics& diagnostics);

}  // namespace showcase::profiles
