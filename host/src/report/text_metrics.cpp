#include "text_metrics.hpp"

namespace showcase::report::text {
namespace {

// Plugins may store objects and arrays by pointer or by value; both read the same.
Object::Ptr asObject(const Poco::Dynamic::Var& value) {
    if (value.isEmpty()) return nullptr;
    if (value.type() == typeid(Object::Ptr)) return value.extract<Object::Ptr>();
    if (value.type() == typeid(Object)) return new Object(value.extract<Object>());
    return nullptr;
}

Array::Ptr asArray(const Poco::Dynamic::Var& value) {
    if (value.isEmpty()) return nullptr;
    if (value.type() == typeid(Array::Ptr)) return value.extract<Array::Ptr>();
    if (value.type() == typeid(Array)) return new Array(value.extract<Array>());
    return nullptr;
}

std::optional<double> asNumber(const Poco::Dynamic::Var& value) {
    if (value.isEmpty() || value.isBoolean() || !value.isNumeric()) return std::nullopt;
    return value.convert<double>();
}

std::optional<std::string> asString(const Poco::Dynamic::Var& value) {
    if (value.isEmpty() || !value.isString()) return std::nullopt;
    return value.convert<std::string>();
}

Poco::Dynamic::Var valueAt(const Object::Ptr& parent, const std::string& key) {
    if (parent.isNull() || !parent->has(key)) return {};
    return parent->get(key);
}

}  // namespace

Object::Ptr objectAt(const Object::Ptr& parent, const std::string& key) { return asObject(valueAt(parent, key)); }

Array::Ptr arrayAt(const Object::Ptr& parent, const std::string& key) { return asArray(valueAt(parent, key)); }

std::optional<double> numberAt(const Object::Ptr& parent, const std::string& key) {
    return asNumber(valueAt(parent, key));
}

std::optional<std::string> stringAt(const Object::Ptr& parent, const std::string& key) {
    return asString(valueAt(parent, key));
}

std::string stringOr(const Object::Ptr& parent, const std::string& key, const std::string& fallback) {
    return stringAt(parent, key).value_or(fallback);
}

std::optional<bool> flagAt(const Object::Ptr& parent, const std::string& key) {
    const auto value = valueAt(parent, key);
    if (value.isEmpty() || !value.isBoolean()) return std::nullopt;
    return value.extract<bool>();
}

std::vector<Object::Ptr> objectsIn(const Array::Ptr& array) {
    std::vector<Object::Ptr> objects;
    if (array.isNull()) return objects;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto object = asObject(array->get(static_cast<unsigned>(i)));
        if (!object.isNull()) objects.push_back(object);
    }
    return objects;
}

std::vector<double> numbersIn(const Array::Ptr& array) {
    std::vector<double> numbers;
    if (array.isNull()) return numbers;
    for (std::size_t i = 0; i < array->size(); ++i) {
        if (auto number = asNumber(array->get(static_cast<unsigned>(i)))) numbers.push_back(*number);
    }
    return numbers;
}

std::vector<std::string> stringsIn(const Array::Ptr& array) {
    std::vector<std::string> strings;
    if (array.isNull()) return strings;
    for (std::size_t i = 0; i < array->size(); ++i) {
        if (auto text = asString(array->get(static_cast<unsigned>(i)))) strings.push_back(*text);
    }
    return strings;
}

}  // namespace showcase::report::text
