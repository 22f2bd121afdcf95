#include "check_profiles.hpp"

#include <iostream>

#include "profiles/resolver.hpp"
#include "profiles/seed_texts.hpp"

namespace showcase::cli {

std::unique_ptr<profiles::ProfileLibrary> loadProfileLibrary(const std::string& mappingsDir, const std::string& seedsDir) {
    profiles::SeedTexts seeds(seedsDir);
    auto library = profiles::ProfileLibrary::load(mappingsDir, seeds);
    profiles::printDiagnostics(library->diagnostics(), std::cerr);
    return library;
}

CheckProfiles CheckProfiles::load(const std::string& mappingsDir, const std::string& compiledDir, const std::string& seedsDir) {
    CheckProfiles loaded;
    if (seedsDir.empty() && !compiledDir.empty()) loaded.compiled_ = profiles::CompiledMappings::open(compiledDir, mappingsDir);
    if (loaded.compiled_) {
        loaded.summaries_ = loaded.compiled_->summaries();
        loaded.epaos_ = loaded.compiled_->epaos();
        return loaded;
    }
    loaded.library_ = loadProfileLibrary(mappingsDir, seedsDir);
    loaded.summaries_ = loaded.library_->summaries();
    loaded.epaos_ = loaded.library_->epaos();
    return loaded;
}

Poco::JSON::Object::Ptr CheckProfiles::resolve(const std::string& id) const {
    if (compiled_) return compiled_->resolved(id);
    const auto* profile = library_->find(id);
    return profile ? profiles::resolveProfile(*profile, profiles::Citations::Drop) : nullptr;
}

}  // namespace showcase::cli
