#include "slide_options.hpp"

#include "plugin_support.hpp"

namespace showcase::slidecount {

OptionsReading readOptions(const Poco::JSON::Object::Ptr& options) {
    OptionsReading reading;
    SlideOptions& chosen = reading.options;
    common::OptionReader read(options, reading.problems);
    read.wholeNumber("max", chosen.max, 0, 100000);
    read.flag("count_hidden", chosen.countHidden);
    read.number("words_per_minute", chosen.wordsPerMinute, 0, true);
    read.number("minutes", chosen.minutes, 0, true);
    read.reportUnknown();
    return reading;
}

}  // namespace showcase::slidecount
