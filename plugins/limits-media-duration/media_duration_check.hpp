// limits-media-duration: the length of every recording against the recording limit.
#pragma once

#include "showcase/plugin_api.hpp"

namespace showcase::mediaduration {

inline constexpr const char* kPluginId = "limits-media-duration";

/// The whole check: compares each recording's measured length (Document::durationSeconds,
/// measured by the host's media reader) with the limit, reports recordings that could not be
/// measured, and writes the metrics.
void checkMediaDuration(Analysis& analysis);

}  // namespace showcase::mediaduration
