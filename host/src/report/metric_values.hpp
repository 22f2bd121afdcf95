// One metric value read without trusting its shape, for every report format: plugins may store
// objects and arrays by pointer or by value, and a value of another type reads as absent.
#pragma once

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <string>

namespace showcase::report {

/// The object `value` holds, or null.
Poco::JSON::Object::Ptr objectOf(const Poco::Dynamic::Var& value);
/// The array `value` holds, or null.
Poco::JSON::Array::Ptr arrayOf(const Poco::Dynamic::Var& value);
/// A number (integer or not, never a flag or text), or nothing.
std::optional<double> numberOf(const Poco::Dynamic::Var& value);
/// A string, or nothing.
std::optional<std::string> stringOf(const Poco::Dynamic::Var& value);
/// A boolean, or nothing.
std::optional<bool> flagOf(const Poco::Dynamic::Var& value);

}  // namespace showcase::report
