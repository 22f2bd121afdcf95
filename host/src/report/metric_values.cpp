#include "metric_values.hpp"

namespace showcase::report {

using Poco::JSON::Array;
using Poco::JSON::Object;

Object::Ptr objectOf(const Poco::Dynamic::Var& value) {
    if (value.isEmpty()) return nullptr;
    if (value.type() == typeid(Object::Ptr)) return value.extract<Object::Ptr>();
    if (value.type() == typeid(Object)) return new Object(value.extract<Object>());
    return nullptr;
}

Array::Ptr arrayOf(const Poco::Dynamic::Var& value) {
    if (value.isEmpty()) return nullptr;
    if (value.type() == typeid(Array::Ptr)) return value.extract<Array::Ptr>();
    if (value.type() == typeid(Array)) return new Array(value.extract<Array>());
    return nullptr;
}

std::optional<double> numberOf(const Poco::Dynamic::Var& value) {
    if (value.isEmpty() || value.isString() || value.isBoolean() || !value.isNumeric()) return std::nullopt;
    return value.convert<double>();
}

std::optional<std::string> stringOf(const Poco::Dynamic::Var& value) {
    if (value.isEmpty() || !value.isString()) return std::nullopt;
    return value.convert<std::string>();
}

std::optional<bool> flagOf(const Poco::Dynamic::Var& value) {
    if (value.isEmpty() || !value.isBoolean()) return std::nullopt;
    return value.extract<bool>();
}

}  // namespace showcase::report
