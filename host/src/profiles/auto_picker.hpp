// Which profile a bundle most likely answers, when the user gives no --profile.
//
// The option comes from the bundle's shape, first rule that applies:
//   1. file names matching three or more components of a components profile -> that option;
//   2. a file whose name mentions "journal" -> journal;
//   3. a file whose name mentions "storyboard", and no report -> storyboard;
//   4. a slide deck and no report -> presentation;
//   5. a report -> report.
// The EPAO cannot be read from a bundle's shape, so: --epao when given; else the only EPAO offering
// that option; else the one EPAO whose name the bundle's file names or text mention; else it stays
// unknown, no profile is chosen, and the reason says so (use --epao or --profile).
#pragma once

#include <string>
#include <vector>

#include "showcase/document.hpp"

namespace showcase::profiles {

/// What the pick needs to know of a profile; a library or the compiled mappings provide it.
struct ProfileSummary {
    std::string id;
    std::string epao;
    std::string epaoName;  ///< as the catalogue prints it ("Training Qualifications UK (TQUK)")
    std::string option;
    std::vector<std::string> componentNames;
};

struct ProfilePick {
    std::string option;     ///< "" when the bundle fits no option
    std::string epao;       ///< "" when unknown
    std::string profileId;  ///< "" unless both are known and a profile offers them
    std::string reason;     ///< a sentence fragment: "the bundle holds a slide deck and no report; ..."
};

/// `epao` is --epao (may be empty).
ProfilePick pickProfile(const Bundle& bundle, const std::vector<ProfileSummary>& profiles, const std::string& epao);

}  // namespace showcase::profiles
