#include "profile.hpp"

#include <Poco/Path.h>

#include "citations.hpp"
#include "json_read.hpp"
#include "profile_rules.hpp"
#include "shape.hpp"

namespace showcase::profiles {
namespace {

// Rule 14, the part that decides whether the other rules can run at all.
const Catalogue* catalogueOf(const LocatedJson& json, const CatalogueSet& catalogues, Diagnostics& diagnostics) {
    const auto root = json::asObject(json.root);
    const std::string id = *json::string(root, "id");
    const std::string stem = Poco::Path(json.file).getBaseName();
    auto error = [&](const std::string& pointer, const std::string& message) {
        diagnostics.add({Level::Error, json.file, json.lineOf(pointer), pointer, message});
    };
    if (id != stem) error("/id", "id '" + id + "' differs from the file name '" + stem + "'");
    const std::string standard = *json::string(root, "standard");
    const auto catalogue = catalogues.find(standard);
    if (catalogue == catalogues.end()) {
        error("/standard", "no catalogue for standard '" + standard + "' (standards/" + standard + "/criteria.json)");
        return nullptr;
    }
    const std::string epao = *json::string(root, "epao");
    const auto seed = catalogue->second.epaoSeeds.find(epao);
    if (seed == catalogue->second.epaoSeeds.end()) {
        std::string known;
        for (const auto& [name, file] : catalogue->second.epaoSeeds) known += (known.empty() ? "" : ", ") + name;
        error("/epao", "'" + epao + "' is not an EPAO of " + standard + " (" + known + ")");
        return nullptr;
    }
    if (json::string(root, "seed") != seed->second) {
        error("/seed", "seed must be " + epao + "'s seed '" + seed->second + "'");
    }
    return &catalogue->second;
}

}  // namespace

std::optional<Profile> loadProfile(const std::string& path, const CatalogueSet& catalogues, SeedTexts& seeds,
                                   Diagnostics& diagnostics) {
    const std::size_t errorsBefore = diagnostics.count(Level::Error);
    auto shaped = readShaped(path, profileShape(), diagnostics);
    if (!shaped) return std::nullopt;
    Profile profile;
    profile.json = std::move(*shaped);
    profile.catalogue = catalogueOf(profile.json, catalogues, diagnostics);
    if (profile.catalogue == nullptr) return std::nullopt;
    const auto root = json::asObject(profile.json.root);
    profile.id = *json::string(root, "id");
    profile.epao = *json::string(root, "epao");
    profile.option = *json::string(json::object(root, "option"), "value");
    checkCitations(profile.json, profile.catalogue->seedFiles, seeds, diagnostics);
    checkProfileRules(profile, diagnostics);
    if (diagnostics.count(Level::Error) > errorsBefore) return std::nullopt;
    return profile;
}

}  // namespace showcase::profiles
