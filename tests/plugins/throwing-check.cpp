// A plugin whose run always throws: the host must turn that into a finding and carry on.
#include <stdexcept>

#include "showcase/plugin_api.hpp"

namespace {
class ThrowingCheck : public showcase::Plugin {
public:
    showcase::PluginInfo info() const override { return {"throwing-check", "1.0.0", "Always throws.", {}}; }
    void run(showcase::Analysis&) override { throw std::runtime_error("deliberate failure"); }
};
}  // namespace

SHOWCASE_PLUGIN(ThrowingCheck)
