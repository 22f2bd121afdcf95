// The `showcase` command line: check, dump and plugins, on Poco's Util::Application.
#pragma once

#include <Poco/JSON/Object.h>
#include <Poco/Util/Application.h>

#include <optional>
#include <string>
#include <vector>

#include "bundle/bundle_reader.hpp"

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
    bundle::BundleOptions bundleOptions_;
    /// Per-plugin options from --set ID.KEY=VALUE (and shorthands such as --explain-count).
    Poco::JSON::Object::Ptr pluginOptions_ = new Poco::JSON::Object;
    void setPluginOption(const std::string& assignment);
};

}  // namespace showcase::cli
