// Reading values that the shape check has already vetted: a wrong type yields an empty result
// rather than an exception, so the semantic rules never fail on a file the shape check refused.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

namespace showcase::profiles::json {

using Poco::Dynamic::Var;
using ObjectPtr = Poco::JSON::Object::Ptr;
using ArrayPtr = Poco::JSON::Array::Ptr;

/// Poco indexes arrays with unsigned int; our indices are size_t.
inline Var at(const ArrayPtr& array, std::size_t index) { return array->get(static_cast<unsigned int>(index)); }

inline ObjectPtr asObject(const Var& value) {
    return value.type() == typeid(ObjectPtr) ? value.extract<ObjectPtr>() : ObjectPtr();
}
inline ArrayPtr asArray(const Var& value) {
    return value.type() == typeid(ArrayPtr) ? value.extract<ArrayPtr>() : ArrayPtr();
}
inline Var member(const ObjectPtr& object, const std::string& key) {
    return object && object->has(key) ? object->get(key) : Var();
}
inline ObjectPtr object(const ObjectPtr& parent, const std::string& key) { return asObject(member(parent, key)); }
inline ArrayPtr array(const ObjectPtr& parent, const std::string& key) { return asArray(member(parent, key)); }

inline std::optional<std::string> string(const ObjectPtr& object, const std::string& key) {
    const Var value = member(object, key);
    if (!value.isString()) return std::nullopt;
    return value.extract<std::string>();
}
inline std::optional<long long> integer(const ObjectPtr& object, const std::string& key) {
    const Var value = member(object, key);
    if (!value.isInteger() || value.type() == typeid(bool)) return std::nullopt;
    return value.convert<long long>();
}
/// The `value` of a Cited member (section 2).
inline Var citedValue(const ObjectPtr& object, const std::string& key) { return member(json::object(object, key), "value"); }
inline std::optional<long long> citedInteger(const ObjectPtr& object, const std::string& key) {
    return integer(json::object(object, key), "value");
}

/// The objects of an array, with their indices (non-objects skipped).
inline std::vector<std::pair<std::size_t, ObjectPtr>> objects(const ArrayPtr& array) {
    std::vector<std::pair<std::size_t, ObjectPtr>> out;
    if (!array) return out;
    for (std::size_t i = 0; i < array->size(); ++i) {
        if (auto element = asObject(at(array, i))) out.emplace_back(i, element);
    }
    return out;
}
inline std::vector<std::string> strings(const ArrayPtr& array) {
    std::vector<std::string> out;
    if (!array) return out;
    for (std::size_t i = 0; i < array->size(); ++i) {
        if (at(array, i).isString()) out.push_back(at(array, i).extract<std::string>());
    }
    return out;
}
inline std::vector<long long> integers(const ArrayPtr& array) {
    std::vector<long long> out;
    if (!array) return out;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const Var value = at(array, i);
        if (value.isInteger() && value.type() != typeid(bool)) out.push_back(value.convert<long long>());
    }
    return out;
}

}  // namespace showcase::profiles::json
