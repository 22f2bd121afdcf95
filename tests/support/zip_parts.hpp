// Taking a zip package apart and putting it back, so tests can alter one part of a real file.
#pragma once

#include <map>
#include <string>

namespace showcase::test {

/// Part name to bytes, in name order.
using ZipParts = std::map<std::string, std::string>;

/// Every entry of the zip in `bytes`; fails the test when it is not a readable zip.
ZipParts unzipParts(const std::string& bytes);
/// A zip holding `parts`, deflated.
std::string zipParts(const ZipParts& parts);
/// Replaces every occurrence of `from` in `text` with `to`.
void replaceAll(std::string& text, const std::string& from, const std::string& to);

}  // namespace showcase::test
