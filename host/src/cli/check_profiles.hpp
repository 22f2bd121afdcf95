// The profiles `check` chooses from: the compiled mappings while they are current, else the
// mappings loaded and validated on the spot (profiles/compiled_mappings.hpp says why).
#pragma once

#include <Poco/JSON/Object.h>

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "profiles/auto_picker.hpp"
#include "profiles/compiled_mappings.hpp"
#include "profiles/profile_library.hpp"

namespace showcase::cli {

/// ProfileLibrary::load with seeds from `seedsDir` ("" for none), its diagnostics printed to stderr.
std::unique_ptr<profiles::ProfileLibrary> loadProfileLibrary(const std::string& mappingsDir, const std::string& seedsDir);

/// Either source of profiles behind one face.
class CheckProfiles {
public:
    /// Uses `compiledDir` when it is current for `mappingsDir` and quotes need no checking;
    /// otherwise loads the library, printing its diagnostics to stderr.
    static CheckProfiles load(const std::string& mappingsDir, const std::string& compiledDir, const std::string& seedsDir);

    const std::vector<profiles::ProfileSummary>& summaries() const { return summaries_; }
    bool knowsEpao(const std::string& epao) const { return epaos_.count(epao) != 0; }
    std::string knownIds() const { return profiles::joinIds(summaries_); }
    /// The resolved profile without citations, or null when `id` is unknown.
    Poco::JSON::Object::Ptr resolve(const std::string& id) const;

private:
    std::vector<profiles::ProfileSummary> summaries_;
    std::set<std::string> epaos_;
    std::optional<profiles::CompiledMappings> compiled_;
    std::shared_ptr<profiles::ProfileLibrary> library_;
};

}  // namespace showcase::cli
