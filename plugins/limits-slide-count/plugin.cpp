// The exported factory of limits-slide-count; the check itself is in slide_count_check.cpp.
#include "showcase/plugin_api.hpp"
#include "slide_count_check.hpp"

namespace {

class LimitsSlideCount : public showcase::Plugin {
public:
    showcase::PluginInfo info() const override {
        return {showcase::slidecount::kPluginId, "1.0.0",
                "Counts the slides of each deck (hidden, with notes, words per slide) against the slide limit.",
                {}};
    }
    void run(showcase::Analysis& analysis) override { showcase::slidecount::checkSlideCount(analysis); }
};

}  // namespace

SHOWCASE_PLUGIN(LimitsSlideCount)
