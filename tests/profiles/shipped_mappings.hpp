// The repository's own mappings and the seeds they cite, as the profile tests read them.
#pragma once

#include <catch2/catch.hpp>

#include <Poco/File.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include "profiles/profile_library.hpp"
#include "support/test_paths.hpp"

namespace showcase::test {

/// Rule 5: the test suite must check quotes, so the seeds folder has to be there.
inline std::string seedsFolder() {
    const std::string folder = sourcePath("../shared/seeds");
    INFO("the seeds folder " << folder << " is needed to check citations");
    REQUIRE(Poco::File(folder).exists());
    return folder;
}

inline std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline void writeText(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

/// The 1-based line on which `marker` occurs for the `nth` time in `text` (0 when it does not).
inline int lineOf(const std::string& text, const std::string& marker, int nth = 1) {
    auto at = text.find(marker);
    for (int seen = 1; seen < nth && at != std::string::npos; ++seen) at = text.find(marker, at + 1);
    if (at == std::string::npos) return 0;
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

}  // namespace showcase::test
