#include "mappings_location.hpp"

#include <Poco/Exception.h>
#include <Poco/File.h>
#include <Poco/Path.h>

namespace showcase::profiles {
namespace {

bool isFolder(const std::string& path) {
    try {
        Poco::File file(path);
        return file.exists() && file.isDirectory();
    } catch (const Poco::Exception&) {
        return false;
    }
}

}  // namespace

std::string mappingsFolder(const std::string& explicitDir, const std::string& executableDir) {
    if (!explicitDir.empty()) return explicitDir;
    Poco::Path installed(executableDir);
    installed.makeDirectory();
    installed.append("../share/showcase/mappings");
    if (isFolder(installed.toString())) return installed.toString();
    return SHOWCASE_SOURCE_MAPPINGS_DIR;
}

std::string seedsFolder(const std::string& explicitDir, const std::string& mappingsDir) {
    if (!explicitDir.empty()) return isFolder(explicitDir) ? explicitDir : "";
    Poco::Path beside(mappingsDir);
    beside.makeDirectory();
    beside.append("../../shared/seeds");
    return isFolder(beside.toString()) ? beside.toString() : "";
}

}  // namespace showcase::profiles
