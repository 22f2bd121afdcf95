// The length limit recordings are checked against, read from the plugin's options (a profile's,
// or `--set limits-media-duration.KEY=VALUE`); README.md lists them with their defaults.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

namespace showcase::mediaduration {

struct MediaOptions {
    std::optional<double> maxMinutes;  ///< none until an EPAO profile sets one
    double tolerancePercent = 0;       ///< minutes over the maximum still accepted, as a percentage of it

    /// The longest recording still accepted, in seconds: the maximum plus the tolerance.
    std::optional<double> acceptedSeconds() const;
};

/// The options asked for, and what was wrong with them (one line per problem; a bad value leaves
/// that option at its default).
struct OptionsReading {
    MediaOptions options;
    std::vector<std::string> problems;
};
OptionsReading readOptions(const Poco::JSON::Object::Ptr& options);

}  // namespace showcase::mediaduration
