#include "plugin_host.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace showcase::host {
namespace {

constexpr const char* kVersionSymbol = "showcase_plugin_api_version";
constexpr const char* kFactorySymbol = "showcase_create_plugin";

bool isKebabCase(const std::string& id) {
    if (id.empty() || id.front() == '-' || id.back() == '-') return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

}  // namespace

void PluginHost::loadDirectory(const std::string& directory) {
    std::error_code error;
    std::vector<std::string> paths;
    for (const auto& entry : std::filesystem::directory_iterator(directory, error)) {
        if (entry.path().extension() == ".so" && entry.is_regular_file()) paths.push_back(entry.path().string());
    }
    if (error) {
        refusals_.push_back({directory, "cannot list the plugin folder: " + error.message()});
        return;
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& path : paths) loadLibrary(path);
    resolveOrder();
}

bool PluginHost::loadLibrary(const std::string& path) {
    LoadedPlugin loaded;
    loaded.path = path;
    try {
        loaded.library.load(path, boost::dll::load_mode::rtld_lazy | boost::dll::load_mode::rtld_local);
    } catch (const std::exception& error) {
        refusals_.push_back({path, std::string("not a loadable library: ") + error.what()});
        return false;
    }
    // The version comes first: nothing else in a library built for another API is touched.
    if (!loaded.library.has(kVersionSymbol)) {
        refusals_.push_back({path, std::string("missing symbol '") + kVersionSymbol + "': not a showcase plugin"});
        return false;
    }
    const int version = loaded.library.get_alias<int()>(kVersionSymbol)();
    if (version != kPluginApiVersion) {
        refusals_.push_back({path, "built for plugin API version " + std::to_string(version) + ", this host needs " +
                                       std::to_string(kPluginApiVersion)});
        return false;
    }
    if (!loaded.library.has(kFactorySymbol)) {
        refusals_.push_back({path, std::string("missing symbol '") + kFactorySymbol + "'"});
        return false;
    }
    try {
        loaded.plugin = loaded.library.get_alias<std::unique_ptr<Plugin>()>(kFactorySymbol)();
        if (!loaded.plugin) throw std::runtime_error("the factory returned no plugin");
        loaded.info = loaded.plugin->info();
    } catch (const std::exception& error) {
        loaded.plugin.reset();
        refusals_.push_back({path, std::string("the plugin failed to start: ") + error.what()});
        return false;
    }
    if (!isKebabCase(loaded.info.id)) {
        refusals_.push_back({path, "plugin id '" + loaded.info.id + "' is not kebab-case"});
        return false;
    }
    const bool duplicate = std::any_of(plugins_.begin(), plugins_.end(),
                                       [&loaded](const LoadedPlugin& p) { return p.info.id == loaded.info.id; });
    if (duplicate) {
        refusals_.push_back({path, "another library already provides plugin '" + loaded.info.id + "'"});
        return false;
    }
    plugins_.push_back(std::move(loaded));
    return true;
}

void PluginHost::resolveOrder() {
    std::map<std::string, std::size_t> byId;
    for (std::size_t i = 0; i < plugins_.size(); ++i) byId[plugins_[i].info.id] = i;
    std::vector<LoadedPlugin> ordered;
    std::set<std::string> placed;
    std::set<std::string> refused;
    // Missing needs are refused first, transitively, so the remaining graph only has cycles left.
    for (bool changed = true; changed;) {
        changed = false;
        for (auto& plugin : plugins_) {
            if (refused.count(plugin.info.id) != 0) continue;
            for (const auto& need : plugin.info.needs) {
                if (byId.count(need) == 0 || refused.count(need) != 0) {
                    refusals_.push_back({plugin.path, "plugin '" + plugin.info.id + "' needs '" + need +
                                                          "', which is not loaded"});
                    refused.insert(plugin.info.id);
                    changed = true;
                    break;
                }
            }
        }
    }
    // Kahn's algorithm over a map keyed by id keeps the order stable from run to run.
    for (bool progress = true; progress;) {
        progress = false;
        for (const auto& [id, index] : byId) {
            if (placed.count(id) != 0 || refused.count(id) != 0) continue;
            const auto& needs = plugins_[index].info.needs;
            const bool ready = std::all_of(needs.begin(), needs.end(), [&placed](const std::string& n) { return placed.count(n) != 0; });
            if (ready) {
                placed.insert(id);
                ordered.push_back(std::move(plugins_[index]));
                progress = true;
                break;
            }
        }
    }
    for (const auto& [id, index] : byId) {
        if (placed.count(id) == 0 && refused.count(id) == 0) {
            refusals_.push_back({plugins_[index].path, "plugin '" + id + "' needs form a cycle"});
        }
    }
    plugins_ = std::move(ordered);
}

std::vector<PluginRun> PluginHost::runAll(AnalysisSession& analysis) {
    std::vector<PluginRun> runs;
    for (auto& loaded : plugins_) {
        PluginRun run{loaded.info.id, loaded.info.version, "ok", {}};
        analysis.setCurrentPlugin(loaded.info.id);
        try {
            loaded.plugin->run(analysis);
        } catch (const std::exception& error) {
            run.status = "failed";
            run.message = error.what();
        } catch (...) {
            run.status = "failed";
            run.message = "threw something that is not an exception";
        }
        if (run.status == "failed") {
            Finding finding;
            finding.check = loaded.info.id;
            finding.severity = Severity::Error;
            finding.message = "plugin failed: " + run.message + " [" + loaded.info.id + "]";
            analysis.report(std::move(finding));
        }
        runs.push_back(std::move(run));
    }
    return runs;
}

}  // namespace showcase::host
