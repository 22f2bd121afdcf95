// Reading plugins' metrics for the text report without trusting their shape: a plugin that is
// missing, older or newer than this code gives absent values, never an exception.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

namespace showcase::report::text {

using Poco::JSON::Array;
using Poco::JSON::Object;

/// The object under `key`, or null when absent, null or not an object. Also takes a null parent.
Object::Ptr objectAt(const Object::Ptr& parent, const std::string& key);
/// The array under `key`, or null.
Array::Ptr arrayAt(const Object::Ptr& parent, const std::string& key);
/// The number under `key`, or nothing when absent, null or not a number.
std::optional<double> numberAt(const Object::Ptr& parent, const std::string& key);
/// The string under `key`, or nothing.
std::optional<std::string> stringAt(const Object::Ptr& parent, const std::string& key);
/// The string under `key`, or `fallback`.
std::string stringOr(const Object::Ptr& parent, const std::string& key, const std::string& fallback);
/// The boolean under `key`, or nothing.
std::optional<bool> flagAt(const Object::Ptr& parent, const std::string& key);

/// The elements of `array` that are objects, in order (none for a null array).
std::vector<Object::Ptr> objectsIn(const Array::Ptr& array);
/// The elements of `array` that are numbers, in order.
std::vector<double> numbersIn(const Array::Ptr& array);
/// The elements of `array` that are strings, in order.
std::vector<std::string> stringsIn(const Array::Ptr& array);

}  // namespace showcase::report::text
