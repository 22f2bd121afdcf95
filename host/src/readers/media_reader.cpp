// Audio and video: the length of a recording and what it holds, through libavformat.
//
// The container's own figure is trusted when it comes from the file's header or timestamps; the
// packets of the main stream are then read to the end (demuxed, never decoded) so that a file
// cut short or damaged is reported instead of being measured by what it claims. When libavformat
// could only estimate the length from the bit rate, the packets give the length instead.
extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/channel_layout.h>
}

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>

#include "media_input.hpp"
#include "module_readers.hpp"

namespace showcase::readers {
namespace {

// Streams of one file may end a few frames apart, and an MP3's declared frame count includes
// the encoder's padding; a shortfall beyond this is data that is missing.
constexpr double kTruncationToleranceSeconds = 1.0;

// Longer than any real recording: lengths past it come from damaged or hostile timestamps.
constexpr double kLongestPlausibleSeconds = 30 * 24 * 3600.0;  // the 30 days the message names

void silenceLibav() {
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_level(AV_LOG_QUIET); });
}

double toSeconds(std::int64_t ticks, AVRational timeBase) { return static_cast<double>(ticks) * av_q2d(timeBase); }

/// "5.00 s" under a minute, "32 min 10 s" from there on.
std::string formatDuration(double seconds) {
    char text[48];
    if (seconds < 60) {
        std::snprintf(text, sizeof text, "%.2f s", seconds);
    } else {
        const long long whole = std::llround(seconds);
        std::snprintf(text, sizeof text, "%lld min %lld s", whole / 60, whole % 60);
    }
    return text;
}

bool isPicture(const AVStream& stream) { return (stream.disposition & AV_DISPOSITION_ATTACHED_PIC) != 0; }

/// The stream whose length is the recording's: the video, or the audio when there is no video
/// (an MP3's cover art is a "video" stream of one picture and does not count).
AVStream* mainStream(AVFormatContext& format, AVMediaType type) {
    const int index = av_find_best_stream(&format, type, -1, -1, nullptr, 0);
    if (index < 0 || isPicture(*format.streams[index])) return nullptr;
    return format.streams[index];
}

/// "mono", "stereo", "5.1"...: a WAV without a channel mask has no layout, only a count, so the
/// usual layout for that count names it.
std::string describeChannels(const AVChannelLayout& layout) {
    AVChannelLayout named{};
    if (layout.order == AV_CHANNEL_ORDER_UNSPEC) {
        av_channel_layout_default(&named, layout.nb_channels);
    } else if (av_channel_layout_copy(&named, &layout) < 0) {
        return {};
    }
    char text[64] = {};
    const int written = av_channel_layout_describe(&named, text, sizeof text);
    av_channel_layout_uninit(&named);
    return written < 0 ? std::string() : std::string(text);
}

std::string describeStream(const AVStream& stream) {
    const AVCodecParameters& codec = *stream.codecpar;
    std::string text = avcodec_get_name(codec.codec_id);
    if (codec.codec_type == AVMEDIA_TYPE_VIDEO) {
        text += " video, " + std::to_string(codec.width) + "x" + std::to_string(codec.height);
    } else {
        text += " audio";
        const std::string channels = describeChannels(codec.ch_layout);
        if (!channels.empty()) text += ", " + channels;
        if (codec.sample_rate > 0) text += ", " + std::to_string(codec.sample_rate) + " Hz";
    }
    return text;
}

/// What reading one stream's packets to the end showed.
struct Coverage {
    int packets = 0;
    double seconds = -1;             ///< from the first packet's start to the last one's end
    double damagedAt = -1;           ///< where the first incomplete or corrupt packet starts
    bool damagedPacketIsLast = false;
    int readError = 0;               ///< the error that stopped reading, 0 at a clean end
};

Coverage readPackets(MemoryDemuxer& demuxer, const AVStream& stream) {
    AVFormatContext& format = demuxer.format();
    for (unsigned i = 0; i < format.nb_streams; ++i) {
        if (format.streams[i] != &stream) format.streams[i]->discard = AVDISCARD_ALL;
    }
    std::unique_ptr<AVPacket, void (*)(AVPacket*)> packet(av_packet_alloc(), [](AVPacket* p) { av_packet_free(&p); });
    if (!packet) throw ReadError("ran out of memory while reading");
    Coverage coverage;
    // In seconds rather than ticks: a hostile file's timestamps could overflow tick arithmetic.
    std::optional<double> first;
    double end = 0;
    int result = 0;
    while ((result = av_read_frame(&format, packet.get())) >= 0) {
        if (packet->stream_index == stream.index) {
            ++coverage.packets;
            const std::int64_t ticks = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
            std::optional<double> start;
            if (ticks != AV_NOPTS_VALUE) {
                start = toSeconds(ticks, stream.time_base);
                const double length = packet->duration > 0 ? toSeconds(packet->duration, stream.time_base) : 0;
                end = first ? std::max(end, *start + length) : *start + length;
                first = first ? std::min(*first, *start) : *start;
            }
            const bool damaged = (packet->flags & AV_PKT_FLAG_CORRUPT) != 0;
            if (damaged && coverage.damagedAt < 0 && start) coverage.damagedAt = *start - *first;
            coverage.damagedPacketIsLast = damaged;
        }
        av_packet_unref(packet.get());
        if (demuxer.timedOut()) throw ReadError(demuxer.timeLimitMessage());
    }
    if (demuxer.timedOut()) throw ReadError(demuxer.timeLimitMessage());
    if (result != AVERROR_EOF) coverage.readError = result;
    if (first) coverage.seconds = end - *first;
    return coverage;
}

/// The container's length when its header or timestamps give it, -1 when only a bit-rate guess.
double declaredDuration(const AVFormatContext& format) {
    if (format.duration == AV_NOPTS_VALUE || format.duration <= 0) return -1;
    if (format.duration_estimation_method == AVFMT_DURATION_FROM_BITRATE) return -1;
    return static_cast<double>(format.duration) / AV_TIME_BASE;
}

void rejectDamage(const MemoryDemuxer& demuxer, const AVStream& stream, const Coverage& coverage, double declared) {
    if (coverage.readError != 0) {
        throw ReadError("the recording is damaged: reading stopped after " +
                        formatDuration(std::max(coverage.seconds, 0.0)) + " (" + demuxer.explain(coverage.readError) +
                        ")");
    }
    if (coverage.damagedAt >= 0) {
        throw ReadError(coverage.damagedPacketIsLast
                            ? "the recording is truncated: its data breaks off after " + formatDuration(coverage.seconds)
                            : "the recording is damaged: the data at " + formatDuration(coverage.damagedAt) +
                                  " is incomplete or corrupt");
    }
    // Matroska and WebM declare only the whole file's length, not each stream's.
    const double promised = stream.duration != AV_NOPTS_VALUE ? toSeconds(stream.duration, stream.time_base) : declared;
    if (promised < 0 || coverage.seconds < 0) return;
    if (coverage.seconds + kTruncationToleranceSeconds < promised) {
        throw ReadError("the recording is truncated: its data ends after " + formatDuration(coverage.seconds) +
                        " of the " + formatDuration(promised) + " it declares");
    }
}

}  // namespace

void readMedia(std::string_view bytes, Document& document, const ReadContext& context) {
    document.reader = "media";
    silenceLibav();
    MemoryDemuxer demuxer(bytes, document.path, context.limits().timePerFile);
    AVFormatContext& format = demuxer.format();
    AVStream* video = mainStream(format, AVMEDIA_TYPE_VIDEO);
    AVStream* audio = mainStream(format, AVMEDIA_TYPE_AUDIO);
    AVStream* main = video != nullptr ? video : audio;
    if (main == nullptr) throw ReadError("the recording holds no audio or video stream");

    const Coverage coverage = readPackets(demuxer, *main);
    if (coverage.packets == 0) throw ReadError("the recording holds no audio or video data");
    const double declared = declaredDuration(format);
    rejectDamage(demuxer, *main, coverage, declared);
    const double seconds = declared >= 0 ? declared : coverage.seconds;
    if (!std::isfinite(seconds) || seconds < 0) throw ReadError("the recording's length could not be determined");
    if (seconds > kLongestPlausibleSeconds) {
        throw ReadError("the recording's timestamps are damaged: they give a length of more than 30 days");
    }

    document.durationSeconds = seconds;
    document.message = formatDuration(seconds) + "; " + describeStream(*main);
    if (video != nullptr && audio != nullptr) document.message += "; " + describeStream(*audio);
}

}  // namespace showcase::readers
