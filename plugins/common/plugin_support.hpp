// What every check does the same way: read its options and word its findings.
#pragma once

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "showcase/plugin_api.hpp"

namespace showcase::common {

/// A finding in the project's style: the message ends with the check id in brackets, so a line
/// read on its own says which check made it.
Finding makeFinding(const std::string& check, Severity severity, const std::string& message,
                    std::optional<Location> location = std::nullopt, std::optional<double> value = std::nullopt,
                    std::optional<double> limit = std::nullopt);

/// Whether the reader of the document sees a block: hidden text and tracked deletions are not shown.
inline bool visible(const Block& block) { return !block.has(kHiddenText) && !block.has(kTrackedDeletion); }

/// Where a profile limit goes among a plugin's options: limits.<section>.<limitKey>.value
/// becomes option <optionKey> ("max.binding" takes the limit's binding instead of its value).
struct ProfileLimit {
    std::string section;
    std::string limitKey;
    std::string optionKey;
};

/// The plugin's options with the EPAO profile's limits filled in underneath, so a value the user
/// set (--set) wins over the profile's. Without a profile, the options as they are.
Poco::JSON::Object::Ptr optionsWithProfileLimits(const Analysis& analysis, const std::vector<ProfileLimit>& limits);

/// The string under `key` of a profile object, or "" when absent or not a string.
std::string stringOf(const Poco::JSON::Object::Ptr& object, const std::string& key);
/// The strings of a profile array, in order (none for a null array; other values skipped).
std::vector<std::string> stringsIn(const Poco::JSON::Array::Ptr& array);
/// The objects of a profile array, in order (none for a null array; other values skipped).
std::vector<Poco::JSON::Object::Ptr> objectsIn(const Poco::JSON::Array::Ptr& array);

/// Reads a plugin's options one at a time. A value of the wrong kind leaves the target at its
/// default and adds a line to `problems`; keys nobody asked for are named by reportUnknown().
class OptionReader {
public:
    OptionReader(Poco::JSON::Object::Ptr options, std::vector<std::string>& problems);

    void flag(const std::string& key, bool& target);
    /// A finite number of at least `lowest` (or above it, when `strictlyAbove`).
    void number(const std::string& key, std::optional<double>& target, double lowest, bool strictlyAbove = false);
    void number(const std::string& key, double& target, double lowest, bool strictlyAbove = false);
    /// A whole number from `lowest` to `highest`.
    void wholeNumber(const std::string& key, std::optional<int>& target, int lowest, int highest);
    /// The raw value, for option kinds a plugin reads itself; empty when absent.
    Poco::Dynamic::Var take(const std::string& key);
    /// Adds a problem about `key` in the same words as the reader's own.
    void complain(const std::string& key, const std::string& expected, const Poco::Dynamic::Var& value);
    /// Options nobody asked for: most likely a misspelt key.
    void reportUnknown();

private:
    Poco::JSON::Object::Ptr options_;
    std::vector<std::string>& problems_;
    std::set<std::string> used_;
};

}  // namespace showcase::common
