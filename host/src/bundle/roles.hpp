// Decides what each file is to the assessment: the report, the slides, an appendix, a recording.
#pragma once

#include "showcase/document.hpp"

namespace showcase::bundle {

/// Sets Document::role and Document::roleReason for every document of the bundle.
void assignRoles(Bundle& bundle);

}  // namespace showcase::bundle
