#include "profile_library.hpp"

#include <Poco/DirectoryIterator.h>
#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/Path.h>

#include <algorithm>

#include "json_read.hpp"

namespace showcase::profiles {
namespace {

// Directory entries in name order, so that diagnostics come out the same on every machine.
std::vector<Poco::Path> entries(const std::string& folder) {
    std::vector<Poco::Path> paths;
    try {
        for (Poco::DirectoryIterator it(folder), end; it != end; ++it) paths.push_back(it.path());
    } catch (const Poco::Exception&) {
        return {};
    }
    std::sort(paths.begin(), paths.end(), [](const Poco::Path& a, const Poco::Path& b) { return a.toString() < b.toString(); });
    return paths;
}

std::string subfolder(const std::string& mappingsDir, const std::string& name) {
    Poco::Path root(mappingsDir);
    root.makeDirectory();
    return Poco::Path(root, name).toString();
}

// standards/ may be missing (every profile then lacks its catalogue); profiles/ may not.
bool isMappingsFolder(const std::string& mappingsDir) {
    return Poco::File(mappingsDir).exists() && Poco::File(subfolder(mappingsDir, "profiles/")).exists();
}

}  // namespace

CatalogueSet loadCatalogues(const std::string& mappingsDir, SeedTexts& seeds, Diagnostics& diagnostics) {
    CatalogueSet catalogues;
    if (!isMappingsFolder(mappingsDir)) return catalogues;
    for (const auto& standard : entries(subfolder(mappingsDir, "standards/"))) {
        const std::string file = Poco::Path(standard).makeDirectory().append("criteria.json").toString();
        if (!Poco::File(file).exists()) continue;
        if (auto catalogue = loadCatalogue(file, seeds, diagnostics)) {
            // The folder name is the standard's id (section 3.1); a catalogue saying otherwise is refused.
            const std::string folderName = Poco::Path(standard).makeDirectory().directory(Poco::Path(standard).makeDirectory().depth() - 1);
            if (catalogue->standardId != folderName) {
                diagnostics.add({Level::Error, file, catalogue->json.lineOf("/standard/id"), "/standard/id",
                                 "standard id '" + catalogue->standardId + "' differs from its folder '" + folderName + "'"});
                continue;
            }
            catalogues.emplace(catalogue->standardId, std::move(*catalogue));
        }
    }
    return catalogues;
}

std::unique_ptr<ProfileLibrary> ProfileLibrary::load(const std::string& mappingsDir, SeedTexts& seeds) {
    std::unique_ptr<ProfileLibrary> library(new ProfileLibrary);
    library->folder_ = mappingsDir;
    if (!isMappingsFolder(mappingsDir)) {
        library->diagnostics_.add({Level::Error, mappingsDir, 0, "", "no mappings here (expected profiles/ and standards/)"});
        return library;
    }
    library->catalogues_ = loadCatalogues(mappingsDir, seeds, library->diagnostics_);
    for (const auto& path : entries(subfolder(mappingsDir, "profiles/"))) {
        if (path.getExtension() != "json") continue;
        if (auto profile = loadProfile(path.toString(), library->catalogues_, seeds, library->diagnostics_)) {
            library->profiles_.push_back(std::move(*profile));
        }
    }
    return library;
}

const Profile* ProfileLibrary::find(const std::string& id) const {
    for (const auto& profile : profiles_) {
        if (profile.id == id) return &profile;
    }
    return nullptr;
}

std::set<std::string> ProfileLibrary::epaos() const {
    std::set<std::string> ids;
    for (const auto& [standard, catalogue] : catalogues_) {
        for (const auto& [epao, seed] : catalogue.epaoSeeds) ids.insert(epao);
    }
    return ids;
}

std::vector<ProfileSummary> ProfileLibrary::summaries() const {
    std::vector<ProfileSummary> summaries;
    for (const auto& profile : profiles_) {
        ProfileSummary summary{profile.id, profile.epao, "", profile.option, {}};
        const auto name = profile.catalogue->epaoNames.find(profile.epao);
        if (name != profile.catalogue->epaoNames.end()) summary.epaoName = name->second;
        for (const auto& component : json::objects(json::array(json::asObject(profile.json.root), "components"))) {
            summary.componentNames.push_back(*json::string(component, "name"));
        }
        summaries.push_back(std::move(summary));
    }
    return summaries;
}

}  // namespace showcase::profiles
