#include "check_profiles.hpp"

#include <iostream>

#include "profiles/resolver.hpp"
#include "profiles/seed_texts.hpp"

namespace showcase::cli {

CheckProfiles CheckProfiles::load(const std::string& mappingsDir, const std::string& compiledDir, const std::string& seedsDir) {
    CheckProfiles loaded;
    if (seedsDir.empty() && !compiledDir.empty()) loaded.compiled_ = profiles::CompiledMappings::open(compiledDir, mappingsDir);
    if (loaded.compiled_) {
        loaded.summaries_ = loaded.compiled_->summaries();
        loaded.epaos_ = loaded.compiled_->epaos();
        return loaded;
    }
    profiles::SeedTexts seeds(seedsDir);
    loaded.library_ = profiles::ProfileLibrary::load(mappingsDir, seeds);
    profiles::printDiagnostics(loaded.library_->diagnostics(), std::cerr);
    loaded.summaries_ = loaded.library_->summaries();
    loaded.epaos_ = loaded.library_->epaos();
    return loaded;
}

std::string CheckProfiles::knownIds() const {
    std::string ids;
    for (const auto& summary : summaries_) ids += (ids.empty() ? "" : ", ") + summary.id;
    return ids;
}

Poco::JSON::Object::Ptr CheckProfiles::resolve(const std::string& id) const {
    if (compiled_) return compiled_->resolved(id);
    const auto* profile = library_->find(id);
    return profile ? profiles::resolveProfile(*profile, profiles::Citations::Drop) : nullptr;
}

}  // namespace showcase::cli
