// limits-slide-count: the slides of every deck, the presentation held to its slide limit, and
// the time its speaker notes take to say.
#pragma once

#include "showcase/plugin_api.hpp"

namespace showcase::slidecount {

inline constexpr const char* kPluginId = "limits-slide-count";

/// The whole check: measures every deck, marks and reports the slides past the limit in the
/// presentation decks, notes hidden slides, and writes the metrics.
void checkSlideCount(Analysis& analysis);

}  // namespace showcase::slidecount
