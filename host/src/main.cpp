// Entry point: maps every way out of the program onto a sysexits code.
#include <Poco/Util/OptionException.h>

#include <clocale>
#include <iostream>

#include "cli/arguments.hpp"
#include "cli/showcase_app.hpp"

int main(int argc, char** argv) {
    // Character conversions (libarchive's entry names) need a UTF-8 locale; only LC_CTYPE is
    // set, so numbers keep printing with a full stop whatever the user's locale.
    std::setlocale(LC_CTYPE, "C.UTF-8");
    std::vector<std::string> words(argv, argv + argc);
    const auto command = words.front();
    words.erase(words.begin());
    words = showcase::cli::attachOptionValues(words, showcase::cli::optionsWithValues());
    words.insert(words.begin(), command);
    try {
        showcase::cli::ShowcaseApp app;
        try {
            app.init(words);
        } catch (const Poco::Util::OptionException& error) {
            std::cerr << "showcase: " << error.message() << "; try 'showcase --help'\n";
            return Poco::Util::Application::EXIT_USAGE;
        }
        return app.run();
    } catch (const std::exception& error) {
        std::cerr << "showcase: internal error: " << error.what() << "\n";
        return Poco::Util::Application::EXIT_SOFTWARE;
    } catch (...) {
        std::cerr << "showcase: internal error\n";
        return Poco::Util::Application::EXIT_SOFTWARE;
    }
}
