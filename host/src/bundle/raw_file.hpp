// A file taken out of a bundle, before any reader has looked at it.
#pragma once

#include <string>
#include <vector>

#include "showcase/document.hpp"

namespace showcase::bundle {

/// Path inside the bundle and the file's bytes.
struct RawFile {
    std::string path;
    std::string bytes;
    std::string failure;  ///< set when the bytes could not be taken out (e.g. an encrypted entry)
};

/// What expansion produced: files to read and entries that were refused.
struct Expansion {
    std::vector<RawFile> files;
    std::vector<BundleNotice> notices;
    std::uint64_t entries = 0;
    std::uint64_t expandedBytes = 0;
};

}  // namespace showcase::bundle
