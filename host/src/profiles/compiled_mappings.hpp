// The mappings validated and resolved once, at build time, so that `check` starts fast.
//
// Validating the catalogue and every profile costs far more than reading a bundle. The build runs
// `showcase compile-mappings DIR`, which loads the mappings the normal way (every rule of
// mappings/README.md) and writes each valid profile resolved without citations, plus an index
// with the size and modification time of every mappings file. `check` uses DIR only while that
// stamp still matches the files; after any edit it falls back to loading and validating them.
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "auto_picker.hpp"
#include "profile_library.hpp"

namespace showcase::profiles {

/// A folder written by writeCompiledMappings and found current.
class CompiledMappings {
public:
    /// The compiled folder for `mappingsDir`, or nullopt when it is absent, unreadable or stale.
    static std::optional<CompiledMappings> open(const std::string& compiledDir, const std::string& mappingsDir);

    const std::vector<ProfileSummary>& summaries() const { return summaries_; }
    const std::set<std::string>& epaos() const { return epaos_; }
    /// The resolved profile `id` (as resolveProfile with Citations::Drop), or null when unknown.
    Poco::JSON::Object::Ptr resolved(const std::string& id) const;

private:
    std::string folder_;
    std::vector<ProfileSummary> summaries_;
    std::set<std::string> epaos_;
};

/// Writes the compiled form of `library` (loaded from library.folder()) into `outDir`. Returns
/// false, writing nothing, when the library has errors: a check then validates for itself and
/// shows them.
bool writeCompiledMappings(const ProfileLibrary& library, const std::string& outDir);

}  // namespace showcase::profiles
