#include "golden_file.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "test_paths.hpp"

namespace showcase::test {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void compareWithGolden(const std::string& actual, const std::string& goldenName) {
    const std::string path = sourcePath("tests/golden/" + goldenName);
    const char* update = std::getenv("SHOWCASE_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("updated " << path);
    }
    const std::string expected = readFile(path);
    INFO("golden file " << path << " (SHOWCASE_UPDATE_GOLDEN=1 rewrites it)");
    REQUIRE_FALSE(expected.empty());
    CHECK(actual == expected);
}

}  // namespace showcase::test
