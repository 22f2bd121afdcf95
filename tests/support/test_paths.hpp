// Where the tests find generated fixtures, samples and the built program.
#pragma once

#include <string>

namespace showcase::test {

/// A file written by tools/gen/make_fixtures.py.
std::string fixture(const std::string& name);
/// The bytes of a fixture; fails the test when it is missing.
std::string fixtureBytes(const std::string& name);
/// A file under the source tree (samples/, mappings/ ...).
std::string sourcePath(const std::string& relative);
/// A file under the build tree (bin/showcase, lib/showcase/plugins ...).
std::string buildPath(const std::string& relative);

}  // namespace showcase::test
