#include "structure_options.hpp"

#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

#include "plugin_support.hpp"

namespace showcase::structure {

OptionsReading readOptions(const Poco::JSON::Object::Ptr& options) {
    OptionsReading reading;
    common::OptionReader read(options, reading.problems);
    const Poco::Dynamic::Var file = read.take("profile_file");
    if (!file.isEmpty()) {
        if (file.isString()) reading.options.profileFile = file.convert<std::string>();
        else read.complain("profile_file", "a path", file);
    }
    double threshold = reading.options.similarityThreshold;
    read.number("similarity_threshold", threshold, 0, true);
    if (threshold <= 1) reading.options.similarityThreshold = threshold;
    else read.complain("similarity_threshold", "a number above 0 and at most 1", threshold);
    read.reportUnknown();
    return reading;
}

Poco::JSON::Object::Ptr loadProfileFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Poco::FileNotFoundException(path);
    std::ostringstream text;
    text << in.rdbuf();
    Poco::JSON::Parser parser;
    return parser.parse(text.str()).extract<Poco::JSON::Object::Ptr>();
}

}  // namespace showcase::structure
