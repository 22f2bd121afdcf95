#include "support/test_paths.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace showcase::test {

std::string fixture(const std::string& name) { return std::string(SHOWCASE_FIXTURE_DIR) + "/" + name; }

std::string fixtureBytes(const std::string& name) {
    std::ifstream in(fixture(name), std::ios::binary);
    INFO("fixture " << name);
    REQUIRE(in.good());
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string sourcePath(const std::string& relative) { return std::string(SHOWCASE_SOURCE_DIR) + "/" + relative; }

std::string buildPath(const std::string& relative) { return std::string(SHOWCASE_BINARY_DIR) + "/" + relative; }

}  // namespace showcase::test
