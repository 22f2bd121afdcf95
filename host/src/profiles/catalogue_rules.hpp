// Rules 6-13 of mappings/README.md: the catalogue's internal consistency.
#pragma once

#include "catalogue.hpp"

namespace showcase::profiles {

void checkCatalogueRules(const Catalogue& catalogue, Diagnostics& diagnostics);

}  // namespace showcase::profiles
