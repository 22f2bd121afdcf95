// The result of one `showcase check`, and the ways it is written out (JSON envelope, text).
#pragma once

#include <Poco/JSON/Object.h>

#include <optional>
#include <string>
#include <vector>

#include "plugin_host/plugin_host.hpp"
#include "showcase/plugin_api.hpp"

namespace showcase::report {

/// Version of the JSON envelope; changes when a field changes meaning (see docs/json.md).
inline constexpr const char* kSchemaVersion = "1.0";

/// The profile an analysis used, and how it was chosen; empty strings are unknown.
struct ProfileChoice {
    std::string id;
    std::string epao;
    std::string option;
    std::string pickedBy;  ///< "user" (--profile) or "auto" (from the bundle)
    std::string reason;
};

/// Everything a report shows about one analysis.
struct Report {
    const Bundle* bundle = nullptr;
    std::optional<ProfileChoice> profile;
    std::vector<host::PluginRun> runs;
    std::vector<host::PluginRefusal> refusals;
    std::vector<Finding> findings;
    Poco::JSON::Object::Ptr metrics;
};

/// The JSON envelope of `check --format json`.
std::string toJson(const Report& report);
/// The readable summary of `check --format text`: findings first, then files and plugins.
std::string toText(const Report& report);
/// "tquk-presentation (picked automatically: ...)": the text report's Profile line after the colon.
std::string describeProfile(const std::optional<ProfileChoice>& profile);
/// The whole document model as JSON, for `showcase dump`.
std::string dumpJson(const Bundle& bundle);
/// A Poco JSON object as text: two-space indentation, keys in insertion order when kept.
std::string stringify(const Poco::JSON::Object::Ptr& object);

/// Errors among the findings: `check` exits 1 when there is any.
std::size_t countSeverity(const std::vector<Finding>& findings, Severity severity);

}  // namespace showcase::report
