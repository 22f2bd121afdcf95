#include "slide_options.hpp"

#include <cmath>

namespace showcase::slidecount {
namespace {

std::string shown(const Poco::Dynamic::Var& value) {
    try {
        return "'" + value.convert<std::string>() + "'";
    } catch (const Poco::Exception&) {
        return "its value";
    }
}

// A positive number, or nothing (with a problem noted) when the value is anything else.
std::optional<double> positiveNumber(const Poco::JSON::Object& options, const std::string& key,
                                     std::vector<std::string>& problems) {
    const Poco::Dynamic::Var value = options.get(key);
    if (value.isNumeric() && !value.isBoolean()) {
        const double number = value.convert<double>();
        if (std::isfinite(number) && number > 0) return number;
    }
    problems.push_back("option " + key + " must be a number above 0, not " + shown(value) + "; ignored");
    return std::nullopt;
}

}  // namespace

OptionsReading readOptions(const Poco::JSON::Object::Ptr& options) {
    OptionsReading reading;
    if (options.isNull()) return reading;
    SlideOptions& chosen = reading.options;
    auto& problems = reading.problems;
    if (options->has("max")) {
        const Poco::Dynamic::Var value = options->get("max");
        const bool whole = value.isNumeric() && !value.isBoolean() && value.convert<double>() >= 0 &&
                           value.convert<double>() <= 100000 &&
                           std::floor(value.convert<double>()) == value.convert<double>();
        if (whole) {
            chosen.max = static_cast<int>(value.convert<double>());
        } else {
            problems.push_back("option max must be a whole number of slides, not " + shown(value) + "; ignored");
        }
    }
    if (options->has("count_hidden")) {
        const Poco::Dynamic::Var value = options->get("count_hidden");
        if (value.isBoolean()) {
            chosen.countHidden = value.convert<bool>();
        } else {
            problems.push_back("option count_hidden must be true or false, not " + shown(value) + "; ignored");
        }
    }
    if (options->has("words_per_minute")) {
        if (const auto pace = positiveNumber(*options, "words_per_minute", problems)) chosen.wordsPerMinute = *pace;
    }
    if (options->has("minutes")) chosen.minutes = positiveNumber(*options, "minutes", problems);
    for (const auto& key : options->getNames()) {
        if (key != "max" && key != "count_hidden" && key != "words_per_minute" && key != "minutes") {
            problems.push_back("unknown option " + key + "; ignored");
        }
    }
    return reading;
}

}  // namespace showcase::slidecount
