// A recording held in memory, opened with libavformat: a custom AVIOContext reads and seeks over
// the bytes (the model keeps no files, so there is nothing on disk to open), and both those reads
// and libavformat's interrupt callback give up once the reader's time has run out.
#pragma once

extern "C" {
#include <libavformat/avformat.h>
}

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace showcase::readers {

/// An opened and probed demuxer over bytes that outlive it; owns libavformat's contexts.
class MemoryDemuxer {
public:
    /// Opens `bytes` (`name` only helps libavformat guess the format) and reads stream information;
    /// throws ReadError with libavformat's reason when either fails.
    MemoryDemuxer(std::string_view bytes, const std::string& name, std::chrono::milliseconds timeLimit);
    MemoryDemuxer(const MemoryDemuxer&) = delete;
    MemoryDemuxer& operator=(const MemoryDemuxer&) = delete;

    AVFormatContext& format() { return *format_; }
    bool timedOut() const { return input_.timedOut(); }
    /// What went wrong, in words: libavformat's text for `error`, or the time limit when that stopped it.
    std::string explain(int error) const;
    /// The time limit's message, worded as the other readers word it.
    std::string timeLimitMessage() const;

private:
    // The state libavformat's callbacks see through their opaque pointer.
    struct Input {
        std::string_view bytes;
        std::size_t position = 0;
        std::chrono::steady_clock::time_point deadline;
        bool timedOut() const { return std::chrono::steady_clock::now() > deadline; }
    };

    struct IoDeleter {
        void operator()(AVIOContext* io) const;
    };
    struct FormatDeleter {
        void operator()(AVFormatContext* format) const;
    };

    static int read(void* opaque, std::uint8_t* buffer, int size);
    static std::int64_t seek(void* opaque, std::int64_t offset, int whence);
    static int interrupt(void* opaque);
    void open(const std::string& name);

    Input input_;
    std::chrono::milliseconds timeLimit_;
    // Declared in this order so that the format context is closed before its I/O context goes.
    std::unique_ptr<AVIOContext, IoDeleter> io_;
    std::unique_ptr<AVFormatContext, FormatDeleter> format_;
};

}  // namespace showcase::readers
