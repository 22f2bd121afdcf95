#include "media_options.hpp"

#include "plugin_support.hpp"

namespace showcase::mediaduration {

std::optional<double> MediaOptions::acceptedSeconds() const {
    if (!maxMinutes) return std::nullopt;
    return *maxMinutes * 60 * (1 + tolerancePercent / 100);
}

OptionsReading readOptions(const Poco::JSON::Object::Ptr& options) {
    OptionsReading reading;
    common::OptionReader read(options, reading.problems);
    read.number("max_minutes", reading.options.maxMinutes, 0);
    read.number("tolerance_percent", reading.options.tolerancePercent, 0);
    read.reportUnknown();
    return reading;
}

}  // namespace showcase::mediaduration
