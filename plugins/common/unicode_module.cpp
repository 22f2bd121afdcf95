#include "unicode_module.hpp"

#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>

#include <stdexcept>

namespace showcase::text {
namespace {

// Found next to the program, like the reader modules, never through a search path.
struct LoadedModule {
    boost::dll::shared_library library;
    const UnicodeFunctions* functions = nullptr;

    LoadedModule() {
        const auto path = boost::dll::program_location().parent_path() / "../lib/showcase/text/unicode-text.so";
        try {
            library.load(path, boost::dll::load_mode::rtld_lazy | boost::dll::load_mode::rtld_local);
        } catch (const std::exception& error) {
            throw std::runtime_error("the Unicode text module could not be loaded from " + path.string() + ": " + error.what());
        }
        if (library.get_alias<int()>("showcase_unicode_module_version")() != kUnicodeModuleVersion) {
            throw std::runtime_error("the Unicode text module at " + path.string() + " is of another version");
        }
        functions = &library.get_alias<const UnicodeFunctions&()>("showcase_unicode_module_functions")();
    }
};

}  // namespace

const UnicodeFunctions& unicodeModule() {
    static const LoadedModule module;
    return *module.functions;
}

}  // namespace showcase::text
