// The resolved profile that plugins receive through Analysis::profile(): the profile as written,
// with its references to the catalogue expanded so that no plugin needs to read the catalogue.
#pragma once

#include <Poco/JSON/Object.h>

#include "profile.hpp"

namespace showcase::profiles {

/// A deep copy of the profile in which
///  - `standard` becomes {id, reference, name, level, version, assessment_plan} from the catalogue;
///  - `coverage.criteria` becomes an array of criterion objects {id, module, ksb, grade, text,
///    condition?, epao_refs (this EPAO's references only), evidence_hints (this EPAO's only)};
///  - everything else (section and checklist `criteria`, which name ids in that array) is kept;
///  - with Citations::Drop, every `source` member is left out: checks never need them, and
///    without them the profile is a fifth of the size (what `check` uses, compiled or not).
enum class Citations { Keep, Drop };
Poco::JSON::Object::Ptr resolveProfile(const Profile& profile, Citations citations = Citations::Keep);

}  // namespace showcase::profiles
