// Findings and metrics for a showcase of components (Active IQ): which file is which component,
// and whether each holds what it must.
#pragma once

#include <vector>

#include "found_structure.hpp"
#include "section_template.hpp"
#include "showcase/plugin_api.hpp"

namespace showcase::structure {

/// Matches files to `components`, checks each matched one (questions answered, its sections,
/// SWOT quadrants, SMART goals), reports what is missing, and writes `components` into `metrics`.
void reportComponents(Analysis& analysis, const std::vector<DocumentStructure>& structures,
                      const std::vector<Component>& components, double threshold, Poco::JSON::Object::Ptr metrics);

}  // namespace showcase::structure
