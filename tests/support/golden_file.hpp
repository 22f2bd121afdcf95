// Golden files: expected outputs kept in tests/golden/, rewritten with SHOWCASE_UPDATE_GOLDEN=1.
#pragma once

#include <string>

namespace showcase::test {

/// The whole content of a file, or "" when it cannot be read.
std::string readFile(const std::string& path);

/// Checks `actual` against tests/golden/<goldenName>; rewrites the file first when
/// SHOWCASE_UPDATE_GOLDEN=1.
void compareWithGolden(const std::string& actual, const std::string& goldenName);

}  // namespace showcase::test
