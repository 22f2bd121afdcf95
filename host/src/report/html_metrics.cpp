#include "html_metrics.hpp"

#include "json_read.hpp"

namespace showcase::report::html {

MetricNode::MetricNode(const Poco::Dynamic::Var& value) : object_(json::asObject(value)), array_(json::asArray(value)) {
    // A null object or array pointer (how a plugin may write "none") is empty, not a scalar.
    const bool container = value.type() == typeid(Poco::JSON::Object::Ptr) || value.type() == typeid(Poco::JSON::Array::Ptr);
    if (object_.isNull() && array_.isNull() && !container) scalar_ = value;
}

MetricNode::MetricNode(Poco::JSON::Object::Ptr object) : object_(std::move(object)) {}

MetricNode MetricNode::operator[](const std::string& key) const {
    return MetricNode(json::member(object_, key));
}

std::vector<MetricNode> MetricNode::items() const {
    std::vector<MetricNode> nodes;
    if (array_.isNull()) return nodes;
    nodes.reserve(array_->size());
    for (std::size_t i = 0; i < array_->size(); ++i) nodes.emplace_back(json::at(array_, i));
    return nodes;
}

std::optional<double> MetricNode::number() const { return json::asNumber(scalar_); }

std::string MetricNode::text(const std::string& fallback) const {
    if (scalar_.isEmpty()) return fallback;
    if (scalar_.isBoolean()) return scalar_.extract<bool>() ? "true" : "false";
    try {
        return scalar_.convert<std::string>();
    } catch (const Poco::Exception&) {
        return fallback;
    }
}

bool MetricNode::flag(bool fallback) const { return json::asFlag(scalar_).value_or(fallback); }

}  // namespace showcase::report::html
