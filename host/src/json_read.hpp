// Reading Poco JSON values without trusting their shape, for the profiles (already vetted by the
// shape check) and the reports (plugins' metrics, whatever each plugin wrote). A value that is
// absent, null or of another type reads as empty, never as an exception. Objects and arrays are
// taken by pointer or by value, since a plugin may store either.
#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace showcase::json {

using Poco::Dynamic::Var;
using ObjectPtr = Poco::JSON::Object::Ptr;
using ArrayPtr = Poco::JSON::Array::Ptr;

/// The object `value` holds, or null.
ObjectPtr asObject(const Var& value);
/// The array `value` holds, or null.
ArrayPtr asArray(const Var& value);
/// A string, or nothing.
std::optional<std::string> asString(const Var& value);
/// A whole number (never a flag, text or fraction), or nothing: counts, lines, indices.
std::optional<long long> asInteger(const Var& value);
/// A number, whole or not (never a flag or text), or nothing: measurements.
std::optional<double> asNumber(const Var& value);
/// true or false, or nothing.
std::optional<bool> asFlag(const Var& value);

/// The member `key` of `object`, or an empty value when either is missing.
Var member(const ObjectPtr& object, const std::string& key);
/// The element at `index`; Poco indexes arrays with unsigned int where ours are size_t.
Var at(const ArrayPtr& array, std::size_t index);

// The members of `parent`, read as by the as...() functions above; a null parent reads as empty.
ObjectPtr object(const ObjectPtr& parent, const std::string& key);
ArrayPtr array(const ObjectPtr& parent, const std::string& key);
std::optional<std::string> string(const ObjectPtr& parent, const std::string& key);
std::optional<long long> integer(const ObjectPtr& parent, const std::string& key);
std::optional<double> number(const ObjectPtr& parent, const std::string& key);
std::optional<bool> flag(const ObjectPtr& parent, const std::string& key);
/// The string under `key`, or `fallback`: the fallbacks nest (`stringOr(a, "title", stringOr(a, "id", "?"))`).
std::string stringOr(const ObjectPtr& parent, const std::string& key, const std::string& fallback);

// The elements of `array` of one type, in order; other elements are skipped, a null array has none.
std::vector<ObjectPtr> objects(const ArrayPtr& array);
/// The objects with their indices in `array`, for pointers to them in diagnostics.
std::vector<std::pair<std::size_t, ObjectPtr>> indexedObjects(const ArrayPtr& array);
std::vector<std::string> strings(const ArrayPtr& array);
std::vector<long long> integers(const ArrayPtr& array);
std::vector<double> numbers(const ArrayPtr& array);

}  // namespace showcase::json
