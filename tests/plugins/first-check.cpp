// A well-formed plugin that records how many documents it saw.
#include "showcase/plugin_api.hpp"

namespace {
class FirstCheck : public showcase::Plugin {
public:
    showcase::PluginInfo info() const override { return {"first-check", "1.0.0", "Counts documents.", {}}; }
    void run(showcase::Analysis& analysis) override {
        analysis.metrics()->set("documents", static_cast<int>(analysis.bundle().documents.size()));
    }
};
}  // namespace

SHOWCASE_PLUGIN(FirstCheck)
