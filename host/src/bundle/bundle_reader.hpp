// Reads a submission (archive, folder or single document) into a Bundle, entirely in memory.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

#include "showcase/document.hpp"

namespace showcase::bundle {

/// Limits that keep a hostile or broken bundle from exhausting the machine; see README (Limits).
struct BundleOptions {
    std::uint64_t maxEntries = 10000;                ///< files and folders, all levels together
    std::uint64_t maxExpandedBytes = 1024ULL << 20;  ///< everything inflated, all levels together
    double maxCompressionRatio = 250.0;              ///< expanded bytes / archive bytes
    int maxDepth = 2;                                ///< archives inside the bundle opened to this depth
    std::chrono::milliseconds timePerFile{10000};
    /// Called before each document is read: (path, number, total). Optional.
    std::function<void(const std::string&, std::size_t, std::size_t)> progress;
};

/// Why a whole bundle could not be read; `exitCode` is the sysexits code for the CLI.
class BundleError : public std::runtime_error {
public:
    BundleError(int exitCode, const std::string& message) : std::runtime_error(message), exitCode_(exitCode) {}
    int exitCode() const { return exitCode_; }

private:
    int exitCode_;
};

/// Reads the bundle at `path`. Throws BundleError when there is nothing to read at all; a file
/// that cannot be read becomes a Document with an error status and the others are still read.
Bundle readBundle(const std::string& path, const BundleOptions& options);

}  // namespace showcase::bundle
