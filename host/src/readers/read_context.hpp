// Limits and the clock every reader works under, and the error a reader throws to refuse a file.
#pragma once

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace showcase::readers {

/// Resource limits for one file; defaults are documented in README.md (Limits).
struct ReadLimits {
    std::uint64_t maxExpandedBytes = 512ULL << 20;   ///< bytes inflated from one container
    double maxCompressionRatio = 250.0;              ///< expanded bytes / compressed bytes
    std::uint64_t ratioFloorBytes = 4ULL << 20;      ///< the ratio is only enforced past this
    std::chrono::milliseconds timePerFile{10000};
};

/// A reader's refusal: the message is shown to the user next to the file name.
class ReadError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// The state a reader carries for one file: its limits and the moment it must give up.
class ReadContext {
public:
    explicit ReadContext(const ReadLimits& limits)
        : limits_(limits), deadline_(std::chrono::steady_clock::now() + limits.timePerFile) {}

    const ReadLimits& limits() const { return limits_; }

    /// Throws ReadError once the time per file has run out; cheap enough to call often.
    void checkTime() const {
        if (++calls_ % 1024 == 0 && std::chrono::steady_clock::now() > deadline_) {
            throw ReadError("reading took longer than the limit of " +
                            std::to_string(limits_.timePerFile.count()) + " ms (--time-per-file)");
        }
    }

private:
    ReadLimits limits_;
    std::chrono::steady_clock::time_point deadline_;
    mutable unsigned calls_ = 0;
};

}  // namespace showcase::readers
