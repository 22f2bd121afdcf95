// The exported factory of structure-sections; the check itself is in structure_check.cpp.
#include "showcase/plugin_api.hpp"
#include "structure_check.hpp"

namespace {

class StructureSections : public showcase::Plugin {
public:
    showcase::PluginInfo info() const override {
        return {showcase::structure::kPluginId, "1.0.0",
                "Finds each document's sections and matches them to the EPAO template: missing, duplicated, "
                "out of order, words per section; for component showcases, each component's parts.",
                {}};
    }
    void run(showcase::Analysis& analysis) override { showcase::structure::checkStructure(analysis); }
};

}  // namespace

SHOWCASE_PLUGIN(StructureSections)
