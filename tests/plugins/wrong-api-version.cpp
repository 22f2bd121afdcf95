// Claims another API version; its factory must never be called.
#include <cstdlib>
#include <memory>

#include "showcase/plugin_api.hpp"

namespace wrong_api {
int apiVersion() { return showcase::kPluginApiVersion + 1; }
std::unique_ptr<showcase::Plugin> create() { std::abort(); }
}  // namespace wrong_api

BOOST_DLL_ALIAS(wrong_api::apiVersion, showcase_plugin_api_version)
BOOST_DLL_ALIAS(wrong_api::create, showcase_create_plugin)
