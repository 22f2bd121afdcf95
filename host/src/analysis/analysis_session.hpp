// The host's implementation of Analysis: collects findings and per-plugin metrics for one run.
#pragma once

#include <string>
#include <vector>

#include "showcase/plugin_api.hpp"

namespace showcase::host {

/// One analysis of one bundle; the plugin host tells it which plugin is running.
class AnalysisSession : public Analysis {
public:
    /// `profile` is the resolved profile (profiles/resolver.hpp), null when none applies.
    AnalysisSession(Bundle& bundle, std::string profileId, Poco::JSON::Object::Ptr profile = nullptr);

    Bundle& bundle() override { return bundle_; }
    const std::string& profileId() const override { return profileId_; }
    Poco::JSON::Object::Ptr profile() const override { return profile_; }
    Poco::JSON::Object::Ptr options() const override;
    void report(Finding finding) override;
    Poco::JSON::Object::Ptr metrics() override;
    Poco::JSON::Object::Ptr metricsOf(const std::string& pluginId) const override;

    /// Sets the plugin whose metrics() calls follow.
    void setCurrentPlugin(const std::string& pluginId) { currentPlugin_ = pluginId; }
    void setPluginOptions(const std::string& pluginId, Poco::JSON::Object::Ptr options);

    const std::vector<Finding>& findings() const { return findings_; }
    Poco::JSON::Object::Ptr allMetrics() const { return metrics_; }

private:
    Bundle& bundle_;
    std::string profileId_;
    Poco::JSON::Object::Ptr profile_;
    Poco::JSON::Object::Ptr metrics_;
    Poco::JSON::Object::Ptr pluginOptions_;
    std::string currentPlugin_;
    std::vector<Finding> findings_;
};

}  // namespace showcase::host
