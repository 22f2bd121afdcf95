#include "analysis_session.hpp"

namespace showcase::host {

AnalysisSession::AnalysisSession(Bundle& bundle, std::string profileId, Poco::JSON::Object::Ptr profile)
    : bundle_(bundle), profileId_(std::move(profileId)), profile_(std::move(profile)), metrics_(new Poco::JSON::Object),
      pluginOptions_(new Poco::JSON::Object) {}

Poco::JSON::Object::Ptr AnalysisSession::options() const {
    if (auto own = pluginOptions_->getObject(currentPlugin_)) return own;
    return new Poco::JSON::Object;
}

void AnalysisSession::setPluginOptions(const std::string& pluginId, Poco::JSON::Object::Ptr options) {
    pluginOptions_->set(pluginId, options);
}

void AnalysisSession::report(Finding finding) {
    if (finding.check.empty()) finding.check = currentPlugin_;
    findings_.push_back(std::move(finding));
}

Poco::JSON::Object::Ptr AnalysisSession::metrics() {
    if (auto existing = metrics_->getObject(currentPlugin_)) return existing;
    Poco::JSON::Object::Ptr created = new Poco::JSON::Object;
    metrics_->set(currentPlugin_, created);
    return created;
}

Poco::JSON::Object::Ptr AnalysisSession::metricsOf(const std::string& pluginId) const {
    return metrics_->getObject(pluginId);
}

}  // namespace showcase::host
