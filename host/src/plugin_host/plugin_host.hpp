// Loads plugin libraries with Boost.DLL, orders them by what they need, and runs them safely.
#pragma once

#include <boost/dll/shared_library.hpp>

#include <memory>
#include <string>
#include <vector>

#include "analysis/analysis_session.hpp"
#include "showcase/plugin_api.hpp"

namespace showcase::host {

/// A plugin library that was refused, and why.
struct PluginRefusal {
    std::string path;
    std::string reason;
};

/// One loaded plugin. The library outlives the object it made: members are destroyed in
/// reverse order, so `plugin` goes before `library` is unloaded.
struct LoadedPlugin {
    boost::dll::shared_library library;
    std::unique_ptr<Plugin> plugin;
    PluginInfo info;
    std::string path;

    LoadedPlugin() = default;
    LoadedPlugin(LoadedPlugin&&) noexcept = default;
    LoadedPlugin& operator=(LoadedPlugin&&) noexcept = default;
    ~LoadedPlugin() { plugin.reset(); }
};

/// How one plugin's run went, for the report's `plugins` list.
struct PluginRun {
    std::string id;
    std::string version;
    std::string status;  ///< ok, failed, skipped
    std::string message;
};

/// The set of plugins for one process. Load before starting any thread.
class PluginHost {
public:
    /// Loads every *.so in `directory` in name order, then orders them so that each runs after
    /// the plugins it needs. Libraries that cannot be used are refused, never fatal.
    void loadDirectory(const std::string& directory);
    /// Loads one library; returns false and records a refusal when it cannot be used.
    bool loadLibrary(const std::string& path);
    /// Re-sorts plugins by their needs (stable by id); plugins whose needs are missing or
    /// circular are refused.
    void resolveOrder();

    const std::vector<LoadedPlugin>& plugins() const { return plugins_; }
    const std::vector<PluginRefusal>& refusals() const { return refusals_; }

    /// Runs every plugin in order. A plugin that throws becomes an error finding with its id;
    /// the others still run.
    std::vector<PluginRun> runAll(AnalysisSession& analysis);

private:
    std::vector<LoadedPlugin> plugins_;
    std::vector<PluginRefusal> refusals_;
};

}  // namespace showcase::host
