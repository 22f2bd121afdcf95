#include "html_metrics.hpp"

namespace showcase::report::html {

// Plugins may store objects and arrays by pointer or by value (writeVar accepts both), so both
// are taken here; values are copied once into a pointer.
MetricNode::MetricNode(const Poco::Dynamic::Var& value) {
    if (value.isEmpty()) return;
    if (value.type() == typeid(Poco::JSON::Object::Ptr)) {
        object_ = value.extract<Poco::JSON::Object::Ptr>();
    } else if (value.type() == typeid(Poco::JSON::Array::Ptr)) {
        array_ = value.extract<Poco::JSON::Array::Ptr>();
    } else if (value.type() == typeid(Poco::JSON::Object)) {
        object_ = new Poco::JSON::Object(value.extract<Poco::JSON::Object>());
    } else if (value.type() == typeid(Poco::JSON::Array)) {
        array_ = new Poco::JSON::Array(value.extract<Poco::JSON::Array>());
    } else {
        scalar_ = value;
    }
}

MetricNode::MetricNode(Poco::JSON::Object::Ptr object) : object_(std::move(object)) {}

MetricNode MetricNode::operator[](const std::string& key) const {
    if (object_.isNull() || !object_->has(key)) return {};
    return MetricNode(object_->get(key));
}

std::vector<MetricNode> MetricNode::items() const {
    std::vector<MetricNode> nodes;
    if (array_.isNull()) return nodes;
    nodes.reserve(array_->size());
    for (std::size_t i = 0; i < array_->size(); ++i) nodes.emplace_back(array_->get(static_cast<unsigned>(i)));
    return nodes;
}

std::optional<double> MetricNode::number() const {
    if (scalar_.isEmpty() || scalar_.isString() || scalar_.isBoolean() || !scalar_.isNumeric()) return std::nullopt;
    return scalar_.convert<double>();
}

std::string MetricNode::text(const std::string& fallback) const {
    if (scalar_.isEmpty()) return fallback;
    if (scalar_.isBoolean()) return scalar_.extract<bool>() ? "true" : "false";
    try {
        return scalar_.convert<std::string>();
    } catch (const Poco::Exception&) {
        return fallback;
    }
}

bool MetricNode::flag(bool fallback) const {
    if (!scalar_.isEmpty() && scalar_.isBoolean()) return scalar_.extract<bool>();
    return fallback;
}

}  // namespace showcase::report::html
