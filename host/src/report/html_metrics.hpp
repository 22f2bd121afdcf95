// A forgiving read-only view of plugins' metrics for the HTML report. Metrics are whatever each
// plugin wrote; a plugin may be missing, older or newer than the report, so every lookup of a
// missing key or a value of another type gives an empty node instead of throwing.
#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

namespace showcase::report::html {

class MetricNode {
public:
    MetricNode() = default;
    explicit MetricNode(const Poco::Dynamic::Var& value);
    explicit MetricNode(Poco::JSON::Object::Ptr object);

    /// The member `key` of an object; empty for anything else.
    MetricNode operator[](const std::string& key) const;
    /// The elements of an array; none for anything else.
    std::vector<MetricNode> items() const;

    bool empty() const { return object_.isNull() && array_.isNull() && scalar_.isEmpty(); }
    bool isObject() const { return !object_.isNull(); }
    bool isArray() const { return !array_.isNull(); }
    /// A number (integer or not); nothing for null, text or a missing value.
    std::optional<double> number() const;
    /// A string as it is, a number or flag as text, else `fallback`.
    std::string text(const std::string& fallback = "") const;
    /// true or false; `fallback` for anything else.
    bool flag(bool fallback = false) const;

private:
    Poco::JSON::Object::Ptr object_;
    Poco::JSON::Array::Ptr array_;
    Poco::Dynamic::Var scalar_;
};

}  // namespace showcase::report::html
