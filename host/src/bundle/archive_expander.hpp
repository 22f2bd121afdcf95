// Expands archives (zip, tar, tar.gz, 7z) in memory with libarchive, refusing unsafe entries.
#pragma once

#include <string>
#include <string_view>

#include "bundle_reader.hpp"
#include "raw_file.hpp"

namespace showcase::bundle {

/// Adds the regular files of the archive `bytes` to `out`, with paths under `prefix`.
/// Archives found inside are expanded while `depth` < options.maxDepth. Throws BundleError
/// only when `depth` is 0 and not a single entry could be read.
void expandArchive(std::string_view bytes, const std::string& prefix, int depth, const BundleOptions& options,
                   Expansion& out);

/// Entry names that must never be used: absolute, with "..", or with a drive letter.
bool isUnsafeEntryName(const std::string& name);

/// Operating-system litter zipped along by accident (__MACOSX, .DS_Store, Office lock files).
bool isSystemLitter(const std::string& name);

}  // namespace showcase::bundle
