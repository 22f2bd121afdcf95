// Reading a Cited value (mappings/README.md section 2): a fact stored as {"value": ..., "source": ...}.
#pragma once

#include <optional>
#include <string>

#include "json_read.hpp"

namespace showcase::profiles {

/// The `value` of the Cited member `key` of `object`; empty when either is missing.
inline json::Var citedValue(const json::ObjectPtr& object, const std::string& key) {
    return json::member(json::object(object, key), "value");
}
/// The `value` of the Cited member `key` as a whole number, read as json::integer() reads it.
inline std::optional<long long> citedInteger(const json::ObjectPtr& object, const std::string& key) {
    return json::integer(json::object(object, key), "value");
}

}  // namespace showcase::profiles
