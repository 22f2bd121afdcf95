// Lengths and limits in the words findings use: "32 min 10 s", "limit 30 min + 10%".
#pragma once

#include <string>

#include "media_options.hpp"

namespace showcase::mediaduration {

/// "45 s" or "5.3 s" (tenths shown when not whole) under a minute; from there on whole seconds,
/// rounded: "32 min 10 s", or "30 min" on the minute.
std::string formatDuration(double seconds);

/// "limit 30 min", or "limit 30 min + 10%" with a tolerance; only meaningful with a maximum.
std::string formatLimit(const MediaOptions& options);

}  // namespace showcase::mediaduration
