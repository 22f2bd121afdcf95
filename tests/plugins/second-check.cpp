// A plugin that needs first-check and reads its metrics, to prove the order is respected.
#include "showcase/plugin_api.hpp"

namespace {
class SecondCheck : public showcase::Plugin {
public:
    showcase::PluginInfo info() const override {
        return {"second-check", "1.0.0", "Reads first-check's metrics.", {"first-check"}};
    }
    void run(showcase::Analysis& analysis) override {
        const auto first = analysis.metricsOf("first-check");
        analysis.metrics()->set("saw_first", !first.isNull());
    }
};
}  // namespace

SHOWCASE_PLUGIN(SecondCheck)
