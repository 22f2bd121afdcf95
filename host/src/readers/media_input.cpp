#include "media_input.hpp"

extern "C" {
#include <libavutil/avstring.h>
#include <libavutil/error.h>
#include <libavutil/mem.h>
}

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "read_context.hpp"

namespace showcase::readers {
namespace {

constexpr int kIoBufferBytes = 64 * 1024;
// Enough for find_stream_info to see every stream's parameters in ordinary recordings, small
// enough that a hostile file cannot make probing read a whole gigabyte.
constexpr std::int64_t kProbeBytes = 4 << 20;
constexpr std::int64_t kAnalyzeMicroseconds = 15 * static_cast<std::int64_t>(AV_TIME_BASE);
// Only the containers the bundle sniffer lets through as audio or video (wav, mp3, m4a, mp4,
// mov, ogg, webm, avi, and raw AAC, whose frames look like MP3's to the sniffer): fewer demuxers
// see hostile input, and none of them fetch other files.
constexpr const char* kAllowedDemuxers = "wav,mp3,mov,ogg,matroska,avi,aac";

std::string errorText(int error) {
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(error, text, sizeof text);
    return text;
}

}  // namespace

int MemoryDemuxer::read(void* opaque, std::uint8_t* buffer, int size) {
    auto& input = *static_cast<Input*>(opaque);
    // Every demuxer reads through here, so this bounds even the ones that never poll the interrupt.
    if (input.timedOut()) return AVERROR_EXIT;
    const std::size_t left = input.bytes.size() - input.position;
    if (left == 0) return AVERROR_EOF;
    const std::size_t count = std::min(left, static_cast<std::size_t>(std::max(size, 0)));
    std::memcpy(buffer, input.bytes.data() + input.position, count);
    input.position += count;
    return static_cast<int>(count);
}

std::int64_t MemoryDemuxer::seek(void* opaque, std::int64_t offset, int whence) {
    auto& input = *static_cast<Input*>(opaque);
    const auto size = static_cast<std::int64_t>(input.bytes.size());
    std::int64_t target = 0;
    switch (whence & ~AVSEEK_FORCE) {
        case AVSEEK_SIZE: return size;
        case SEEK_SET: target = offset; break;
        case SEEK_CUR: target = static_cast<std::int64_t>(input.position) + offset; break;
        case SEEK_END: target = size + offset; break;
        default: return AVERROR(EINVAL);
    }
    if (target < 0 || target > size) return AVERROR(EINVAL);
    input.position = static_cast<std::size_t>(target);
    return target;
}

int MemoryDemuxer::interrupt(void* opaque) { return static_cast<const Input*>(opaque)->timedOut() ? 1 : 0; }

void MemoryDemuxer::IoDeleter::operator()(AVIOContext* io) const {
    // libavformat may have replaced the buffer it was given, so free the one it holds now.
    av_freep(&io->buffer);
    avio_context_free(&io);
}

void MemoryDemuxer::FormatDeleter::operator()(AVFormatContext* format) const { avformat_close_input(&format); }

MemoryDemuxer::MemoryDemuxer(std::string_view bytes, const std::string& name, std::chrono::milliseconds timeLimit)
    : input_{bytes, 0, std::chrono::steady_clock::now() + timeLimit}, timeLimit_(timeLimit) {
    auto* buffer = static_cast<unsigned char*>(av_malloc(kIoBufferBytes));
    if (buffer == nullptr) throw ReadError("ran out of memory while reading");
    io_.reset(avio_alloc_context(buffer, kIoBufferBytes, 0, &input_, &MemoryDemuxer::read, nullptr, &MemoryDemuxer::seek));
    if (!io_) {
        av_free(buffer);
        throw ReadError("ran out of memory while reading");
    }
    format_.reset(avformat_alloc_context());
    if (!format_) throw ReadError("ran out of memory while reading");
    format_->pb = io_.get();
    format_->flags |= AVFMT_FLAG_CUSTOM_IO;
    format_->interrupt_callback = {&MemoryDemuxer::interrupt, &input_};
    format_->probesize = kProbeBytes;
    format_->max_analyze_duration = kAnalyzeMicroseconds;
    format_->format_whitelist = av_strdup(kAllowedDemuxers);
    open(name);
    const int probed = avformat_find_stream_info(format_.get(), nullptr);
    if (probed < 0) {
        const std::string reason = explain(probed);
        throw ReadError(timedOut() ? reason : "the recording's streams could not be read (libavformat: " + reason + ")");
    }
}

// Probing apart from opening tells "not audio or video at all" from "an MP4 whose index is lost",
// which users fix differently.
void MemoryDemuxer::open(const std::string& name) {
    const AVInputFormat* detected = nullptr;
    const int score = av_probe_input_buffer2(io_.get(), &detected, name.c_str(), nullptr, 0, 0);
    const std::string unknown = "not a recording that can be read: its content is not a known audio or video format";
    if (score < 0 || detected == nullptr) throw ReadError(timedOut() ? explain(score) : unknown);
    const std::string kind = detected->long_name != nullptr ? detected->long_name : detected->name;
    if (av_match_list(detected->name, kAllowedDemuxers, ',') <= 0) {
        throw ReadError("its content is " + kind + ", which is not read as a recording");
    }
    // On failure avformat_open_input frees the format context and sets it to null.
    AVFormatContext* format = format_.release();
    const int opened = avformat_open_input(&format, name.c_str(), detected, nullptr);
    format_.reset(format);
    if (opened < 0) {
        if (timedOut()) throw ReadError(explain(opened));
        // A score this low means the file's name chose the format, not its content.
        if (score < AVPROBE_SCORE_EXTENSION) throw ReadError(unknown);
        throw ReadError("the " + kind + " recording is damaged or truncated and could not be opened (libavformat: " +
                        explain(opened) + ")");
    }
}

std::string MemoryDemuxer::explain(int error) const {
    if (error == AVERROR_EXIT && timedOut()) return timeLimitMessage();
    return errorText(error);
}

std::string MemoryDemuxer::timeLimitMessage() const {
    return "reading took longer than the limit of " + std::to_string(timeLimit_.count()) + " ms (--time-per-file)";
}

}  // namespace showcase::readers
