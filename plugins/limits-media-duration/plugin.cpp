// The exported factory of limits-media-duration; the check itself is in media_duration_check.cpp.
#include "media_duration_check.hpp"
#include "showcase/plugin_api.hpp"

namespace {

class LimitsMediaDuration : public showcase::Plugin {
public:
    showcase::PluginInfo info() const override {
        return {showcase::mediaduration::kPluginId, "1.0.0",
                "Checks the length of each audio or video recording against the recording limit.", {}};
    }
    void run(showcase::Analysis& analysis) override { showcase::mediaduration::checkMediaDuration(analysis); }
};

}  // namespace

SHOWCASE_PLUGIN(LimitsMediaDuration)
