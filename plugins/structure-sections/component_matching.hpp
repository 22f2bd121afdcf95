// Which file is which component of a showcase made of separate pieces of work (Active IQ): by the
// file's name and by the title it opens with, each file given to at most one component.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "found_structure.hpp"
#include "section_template.hpp"
#include "showcase/document.hpp"

namespace showcase::structure {

struct ComponentFile {
    std::size_t document = 0;  ///< position in Bundle::documents
    double score = 0;
};

/// For each component, the file matched to it: pairs are taken best first, so each file serves one
/// component and each component one file. How much a document looks like a component, 0..1, is the
/// best overlap of the component's name with the file name (folders and leading numbers left out)
/// or with the document's first heading. Overlap is the share of the shorter side's words found in
/// the other ("Case study - conflict" and "Conflict and challenge case study" overlap fully).
std::vector<std::optional<ComponentFile>> matchComponents(const std::vector<Document>& documents,
                                                          const std::vector<DocumentStructure>& structures,
                                                          const std::vector<Component>& components, double threshold);

}  // namespace showcase::structure
