// A plugin that needs a plugin nobody provides: it must be refused, not run.
#include "showcase/plugin_api.hpp"

namespace {
class NeedsMissing : public showcase::Plugin {
public:
    showcase::PluginInfo info() const override {
        return {"needs-missing", "1.0.0", "Needs an absent plugin.", {"absent-check"}};
    }
    void run(showcase::Analysis&) override {}
};
}  // namespace

SHOWCASE_PLUGIN(NeedsMissing)
