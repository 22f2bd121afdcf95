// The `showcase` command line: check, dump, plugins, profiles and profile, on Poco's Util::Application.
#pragma once

#include <Poco/JSON/Object.h>
#include <Poco/Util/Application.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bundle/bundle_reader.hpp"
#include "check_profiles.hpp"
#include "profiles/profile_library.hpp"
#include "report/report.hpp"

namespace showcase::cli {

/// Option names that take a value, for attachOptionValues().
const std::vector<std::string>& optionsWithValues();

/// The application; exit codes follow sysexits (see README, Exit codes).
class ShowcaseApp : public Poco::Util::Application {
public:
    ShowcaseApp();

protected:
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int main(const std::vector<std::string>& arguments) override;

private:
    int runCheck(const std::string& bundlePath);
    int runDump(const std::string& bundlePath);
    int runPlugins();
    int runProfiles();
    int runProfileShow(const std::string& id);
    int runProfileCheck(const std::string& file);
    /// The mappings folder by the rule in profiles/mappings_location.hpp.
    std::string mappingsDirectory() const;
    /// The seeds for `mappings` (--seeds, else beside them), or "" when there are none.
    std::string seedsDirectory(const std::string& mappings) const;
    /// The mappings with quotes checked against the seeds; errors in them go to stderr.
    std::unique_ptr<profiles::ProfileLibrary> loadProfiles() const;
    /// The profile for `check`: --profile, else picked from the bundle. Sets `resolved` when one applies.
    report::ProfileChoice chooseProfile(const Bundle& bundle, const CheckProfiles& profileSource,
                                        Poco::JSON::Object::Ptr& resolved) const;
    /// <executable>/../share/showcase/compiled-mappings, written by the build.
    std::string compiledMappingsDirectory() const;
    int runCompileMappings(const std::string& outDir);
    void printHelp() const;
    std::string pluginDirectory() const;
    Bundle readBundleOrThrow(const std::string& bundlePath) const;
    void writeOutput(const std::string& text) const;

    bool helpRequested_ = false;
    bool versionRequested_ = false;
    bool quiet_ = false;
    std::string profile_;
    std::string format_ = "text";
    std::string output_;
    std::string pluginDir_;
    std::string mappingsDir_;
    std::string seedsDir_;
    std::string epao_;
    bundle::BundleOptions bundleOptions_;
    /// Per-plugin options from --set ID.KEY=VALUE (and shorthands such as --explain-count).
    Poco::JSON::Object::Ptr pluginOptions_ = new Poco::JSON::Object;
    void setPluginOption(const std::string& assignment);
};

}  // namespace showcase::cli
