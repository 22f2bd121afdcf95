// The versioned interface between the showcase host and its plugins.
//
// Plugins depend on this header only: everything they call on the host is virtual, so a plugin
// library has no link-time dependency on the host and the API version is the whole contract.
#pragma once

#include <Poco/JSON/Object.h>

#include <boost/config.hpp>
#include <boost/dll/alias.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "showcase/document.hpp"
#include "showcase/export.hpp"

namespace showcase {

/// Bumped whenever anything in this header or document.hpp changes layout or meaning.
inline constexpr int kPluginApiVersion = 2;

/// How much a finding matters: errors make `showcase check` exit 1.
enum class Severity { Error, Warning, Info };

inline const char* severityName(Severity severity) {
    switch (severity) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Info: return "info";
    }
    return "error";
}

/// Where a finding points: a file, and optionally a part, index and heading path inside it.
struct SHOWCASE_API Location {
    std::string file;
    std::optional<Part> part;
    int index = 0;
    std::vector<std::string> headingPath;
};

/// One thing a check found, with the measured value and the limit when there is one.
struct SHOWCASE_API Finding {
    std::string check;  ///< the plugin id, or the host's own check id
    Severity severity = Severity::Info;
    std::string message;
    std::optional<double> value;
    std::optional<double> limit;
    std::optional<Location> location;
};

/// What a plugin says about itself; `needs` lists plugin ids that must run before it.
struct SHOWCASE_API PluginInfo {
    std::string id;
    std::string version;
    std::string summary;
    std::vector<std::string> needs;
};

/// The host's side of one analysis, as a plugin sees it.
class SHOWCASE_API Analysis {
public:
    virtual ~Analysis() = default;
    /// The bundle; plugins may set flags on blocks (for example kBeyondLimit).
    virtual Bundle& bundle() = 0;
    /// The selected profile id, empty when none applies.
    virtual const std::string& profileId() const = 0;
    /// The resolved profile as JSON, or null when none applies.
    virtual Poco::JSON::Object::Ptr profile() const = 0;
    /// The plugin's own options (from the profile or the command line); never null.
    virtual Poco::JSON::Object::Ptr options() const = 0;
    /// Adds a finding to the report.
    virtual void report(Finding finding) = 0;
    /// The plugin's metrics object in the report, created on first use; never null.
    virtual Poco::JSON::Object::Ptr metrics() = 0;
    /// Metrics already written by another plugin, or null.
    virtual Poco::JSON::Object::Ptr metricsOf(const std::string& pluginId) const = 0;
};

/// One check. Implementations must not print: everything goes through Analysis.
class SHOWCASE_API Plugin {
public:
    virtual ~Plugin() = default;
    virtual PluginInfo info() const = 0;
    virtual void run(Analysis& analysis) = 0;
};

}  // namespace showcase

// Exports the two symbols the host looks for. The host reads the API version before it touches
// anything else, so a plugin built against another version is refused without being called.
#define SHOWCASE_PLUGIN(PluginClass)                                                   \
    namespace showcase_plugin_exports {                                                \
    int apiVersion() { return showcase::kPluginApiVersion; }                           \
    std::unique_ptr<showcase::Plugin> create() { return std::make_unique<PluginClass>(); } \
    }                                                                                  \
    BOOST_DLL_ALIAS(showcase_plugin_exports::apiVersion, showcase_plugin_api_version)  \
    BOOST_DLL_ALIAS(showcase_plugin_exports::create, showcase_create_plugin)
