#include "media_options.hpp"

#include <cmath>

namespace showcase::mediaduration {
namespace {

std::string shown(const Poco::Dynamic::Var& value) {
    try {
        return "'" + value.convert<std::string>() + "'";
    } catch (const Poco::Exception&) {
        return "its value";
    }
}

// A number of at least 0, or nothing (with a problem noted) when the value is anything else.
std::optional<double> nonNegativeNumber(const Poco::JSON::Object& options, const std::string& key,
                                        std::vector<std::string>& problems) {
    const Poco::Dynamic::Var value = options.get(key);
    if (value.isNumeric() && !value.isBoolean()) {
        const double number = value.convert<double>();
        if (std::isfinite(number) && number >= 0) return number;
    }
    problems.push_back("option " + key + " must be a number of at least 0, not " + shown(value) + "; ignored");
    return std::nullopt;
}

}  // namespace

std::optional<double> MediaOptions::acceptedSeconds() const {
    if (!maxMinutes) return std::nullopt;
    return *maxMinutes * 60 * (1 + tolerancePercent / 100);
}

OptionsReading readOptions(const Poco::JSON::Object::Ptr& options) {
    OptionsReading reading;
    if (options.isNull()) return reading;
    if (options->has("max_minutes")) reading.options.maxMinutes = nonNegativeNumber(*options, "max_minutes", reading.problems);
    if (options->has("tolerance_percent")) {
        if (const auto tolerance = nonNegativeNumber(*options, "tolerance_percent", reading.problems)) {
            reading.options.tolerancePercent = *tolerance;
        }
    }
    for (const auto& key : options->getNames()) {
        if (key != "max_minutes" && key != "tolerance_percent") reading.problems.push_back("unknown option " + key + "; ignored");
    }
    return reading;
}

}  // namespace showcase::mediaduration
