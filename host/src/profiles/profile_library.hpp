// Every catalogue and profile of a mappings folder, validated, by id.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "auto_picker.hpp"
#include "profile.hpp"

namespace showcase::profiles {

/// Reads standards/*/criteria.json under `mappingsDir`, leaving invalid catalogues out with their
/// reasons in `diagnostics`. Nothing, and no diagnostic, when `mappingsDir` is no mappings folder
/// (it or its profiles/ is missing): ProfileLibrary::load reports that.
CatalogueSet loadCatalogues(const std::string& mappingsDir, SeedTexts& seeds, Diagnostics& diagnostics);

/// "a, b, c" from the ids of `items` (profiles or their summaries): for messages that list what exists.
template <typename WithId>
std::string joinIds(const std::vector<WithId>& items) {
    std::string ids;
    for (const auto& item : items) ids += (ids.empty() ? "" : ", ") + item.id;
    return ids;
}

/// The valid catalogues and profiles of one mappings folder, with the diagnostics of the rest.
class ProfileLibrary {
public:
    /// Reads the catalogues (loadCatalogues) and profiles/*.json under `mappingsDir`. Invalid files
    /// are left out, with their reasons in diagnostics(); a missing folder is one error.
    static std::unique_ptr<ProfileLibrary> load(const std::string& mappingsDir, SeedTexts& seeds);

    ProfileLibrary(const ProfileLibrary&) = delete;
    ProfileLibrary& operator=(const ProfileLibrary&) = delete;

    const std::string& folder() const { return folder_; }
    const Diagnostics& diagnostics() const { return diagnostics_; }
    const CatalogueSet& catalogues() const { return catalogues_; }
    /// The valid profiles, ordered by id.
    const std::vector<Profile>& profiles() const { return profiles_; }
    const Profile* find(const std::string& id) const;
    /// The ids of the EPAOs the catalogues know.
    std::set<std::string> epaos() const;
    /// Each valid profile as the automatic pick sees it.
    std::vector<ProfileSummary> summaries() const;
    /// "a, b, c": for messages that list what exists.
    std::string knownIds() const { return joinIds(profiles_); }

private:
    ProfileLibrary() = default;
    std::string folder_;
    Diagnostics diagnostics_;
    CatalogueSet catalogues_;
    std::vector<Profile> profiles_;
};

}  // namespace showcase::profiles
