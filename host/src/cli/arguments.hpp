// Command-line words as users type them, rewritten into the form Poco's option parser takes.
#pragma once

#include <string>
#include <vector>

namespace showcase::cli {

/// Joins "--name value" into "--name=value" (and "-x value" into "-xvalue") for the options
/// in `takesValue`, since Poco only reads a value attached to its option.
std::vector<std::string> attachOptionValues(const std::vector<std::string>& words,
                                            const std::vector<std::string>& takesValue);

}  // namespace showcase::cli
