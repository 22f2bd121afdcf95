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
/// How the text report is laid out: the columns it fits in and whether it may use ANSI colour.
struct TextStyle {
    std::size_t width = 100;
    bool colour = false;
};
/// The width when neither COLUMNS nor a terminal gives one.
inline constexpr std::size_t kDefaultTextWidth = 100;
/// What decides the text style, gathered from the process (see terminalTextStyle).
struct TerminalFacts {
    bool isTerminal = false;
    const char* noColor = nullptr;  ///< the NO_COLOR environment variable, null when unset
    const char* columns = nullptr;  ///< the COLUMNS environment variable, null when unset
    std::size_t terminalColumns = 0;  ///< the terminal's width (TIOCGWINSZ), 0 when unknown
};
/// Colour only on a terminal and never with NO_COLOR set, to any value (no-color.org); width from
/// COLUMNS, else the terminal, else kDefaultTextWidth (at least 40).
TextStyle textStyleFor(const TerminalFacts& facts);
/// textStyleFor the facts of `fileDescriptor` and this process's environment.
TextStyle terminalTextStyle(int fileDescriptor);
/// The style for a report written to a file (`--output`): no colour, width from COLUMNS or 100.
TextStyle fileTextStyle();

/// The readable report of `check --format text`: a one-screen verdict (counts against limits,
/// sections, criteria with evidence found, gaps with their locations), then findings, files and
/// plugins. Styled for standard output (terminalTextStyle(STDOUT_FILENO)).
std::string toText(const Report& report);
/// The same in a given style: tests, and output to a file (`--output`), pass colour off.
std::string toText(const Report& report, const TextStyle& style);
/// "tquk-presentation (picked automatically: ...)": the text report's Profile line after the colon.
std::string describeProfile(const std::optional<ProfileChoice>& profile);
/// The whole document model as JSON, for `showcase dump`.
std::string dumpJson(const Bundle& bundle);
/// A Poco JSON object as text: two-space indentation, keys in insertion order when kept.
std::string stringify(const Poco::JSON::Object::Ptr& object);

/// Errors among the findings: `check` exits 1 when there is any.
std::size_t countSeverity(const std::vector<Finding>& findings, Severity severity);

}  // namespace showcase::report
