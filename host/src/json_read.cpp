#include "json_read.hpp"

namespace showcase::json {

using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

/// What `read` makes of the elements of `array` that it reads as something.
template <typename Element>
std::vector<Element> collect(const ArrayPtr& array, std::optional<Element> (*read)(const Var&)) {
    std::vector<Element> out;
    if (array.isNull()) return out;
    for (std::size_t i = 0; i < array->size(); ++i) {
        if (auto element = read(at(array, i))) out.push_back(*element);
    }
    return out;
}

}  // namespace

ObjectPtr asObject(const Var& value) {
    if (value.type() == typeid(ObjectPtr)) return value.extract<ObjectPtr>();
    if (value.type() == typeid(Object)) return new Object(value.extract<Object>());
    return nullptr;
}

ArrayPtr asArray(const Var& value) {
    if (value.type() == typeid(ArrayPtr)) return value.extract<ArrayPtr>();
    if (value.type() == typeid(Array)) return new Array(value.extract<Array>());
    return nullptr;
}

std::optional<std::string> asString(const Var& value) {
    if (!value.isString()) return std::nullopt;
    return value.convert<std::string>();
}

// Poco counts a flag as an integer and as a number; JSON does not.
std::optional<long long> asInteger(const Var& value) {
    if (!value.isInteger() || value.isBoolean()) return std::nullopt;
    return value.convert<long long>();
}

std::optional<double> asNumber(const Var& value) {
    if (!value.isNumeric() || value.isBoolean()) return std::nullopt;
    return value.convert<double>();
}

std::optional<bool> asFlag(const Var& value) {
    if (!value.isBoolean()) return std::nullopt;
    return value.extract<bool>();
}

Var member(const ObjectPtr& object, const std::string& key) {
    return object && object->has(key) ? object->get(key) : Var();
}

Var at(const ArrayPtr& array, std::size_t index) { return array->get(static_cast<unsigned int>(index)); }

ObjectPtr object(const ObjectPtr& parent, const std::string& key) { return asObject(member(parent, key)); }
ArrayPtr array(const ObjectPtr& parent, const std::string& key) { return asArray(member(parent, key)); }
std::optional<std::string> string(const ObjectPtr& parent, const std::string& key) { return asString(member(parent, key)); }
std::optional<long long> integer(const ObjectPtr& parent, const std::string& key) { return asInteger(member(parent, key)); }
std::optional<double> number(const ObjectPtr& parent, const std::string& key) { return asNumber(member(parent, key)); }
std::optional<bool> flag(const ObjectPtr& parent, const std::string& key) { return asFlag(member(parent, key)); }

std::string stringOr(const ObjectPtr& parent, const std::string& key, const std::string& fallback) {
    return string(parent, key).value_or(fallback);
}

std::vector<ObjectPtr> objects(const ArrayPtr& array) {
    std::vector<ObjectPtr> out;
    for (auto& [index, element] : indexedObjects(array)) out.push_back(std::move(element));
    return out;
}

std::vector<std::pair<std::size_t, ObjectPtr>> indexedObjects(const ArrayPtr& array) {
    std::vector<std::pair<std::size_t, ObjectPtr>> out;
    if (array.isNull()) return out;
    for (std::size_t i = 0; i < array->size(); ++i) {
        if (auto element = asObject(at(array, i))) out.emplace_back(i, element);
    }
    return out;
}

std::vector<std::string> strings(const ArrayPtr& array) { return collect(array, asString); }
std::vector<long long> integers(const ArrayPtr& array) { return collect(array, asInteger); }
std::vector<double> numbers(const ArrayPtr& array) { return collect(array, asNumber); }

}  // namespace showcase::json
