// The limits the slide count checks against, read from the plugin's options (a profile's, or
// `--set limits-slide-count.KEY=VALUE`); README.md lists them with their defaults.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <Poco/JSON/Object.h>

namespace showcase::slidecount {

struct SlideOptions {
    std::optional<int> max;         ///< slides allowed; none until an EPAO profile sets one
    bool countHidden = true;        ///< PowerPoint's Slides figure includes hidden slides
    double wordsPerMinute = 130;    ///< a typical presenting pace
    std::optional<double> minutes;  ///< the presentation's length, to set the speaking time against
};

/// The options asked for, and what was wrong with them (one line per problem; a bad value leaves
/// that option at its default).
struct OptionsReading {
    SlideOptions options;
    std::vector<std::string> problems;
};
OptionsReading readOptions(const Poco::JSON::Object::Ptr& options);

}  // namespace showcase::slidecount
