#include "duration_text.hpp"

#include <cmath>
#include <cstdio>

namespace showcase::mediaduration {
namespace {

std::string formatNumber(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

}  // namespace

std::string formatDuration(double seconds) {
    const long long whole = std::llround(seconds);
    if (seconds < 59.95 && std::abs(seconds - static_cast<double>(whole)) >= 0.05) {
        char text[32];
        std::snprintf(text, sizeof text, "%.1f s", seconds);
        return text;
    }
    if (whole < 60) return std::to_string(whole) + " s";
    std::string text = std::to_string(whole / 60) + " min";
    if (whole % 60 != 0) text += " " + std::to_string(whole % 60) + " s";
    return text;
}

std::string formatLimit(const MediaOptions& options) {
    std::string text = "limit " + formatNumber(options.maxMinutes.value_or(0)) + " min";
    if (options.tolerancePercent > 0) text += " + " + formatNumber(options.tolerancePercent) + "%";
    return text;
}

}  // namespace showcase::mediaduration
