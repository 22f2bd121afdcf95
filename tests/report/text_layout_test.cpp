// The text report's layout: word wrapping, terminal width and colour (COLUMNS, TIOCGWINSZ, NO_COLOR).
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <optional>
#include <sstream>

#include "report/report.hpp"
#include "report/text_layout.hpp"

using showcase::report::TerminalFacts;
using showcase::report::terminalTextStyle;
using showcase::report::TextStyle;
using showcase::report::textStyleFor;
namespace text = showcase::report::text;

namespace {

std::vector<std::string> linesOf(const std::string& wrapped) {
    std::vector<std::string> lines;
    std::istringstream in(wrapped);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// A pseudo-terminal of a given width, for the paths that only a real terminal takes.
struct PseudoTerminal {
    int master = -1;
    int slave = -1;
    explicit PseudoTerminal(unsigned short columns) {
        master = posix_openpt(O_RDWR | O_NOCTTY);
        REQUIRE(master >= 0);
        REQUIRE(grantpt(master) == 0);
        REQUIRE(unlockpt(master) == 0);
        slave = open(ptsname(master), O_RDWR | O_NOCTTY);
        REQUIRE(slave >= 0);
        winsize size{};
        size.ws_col = columns;
        size.ws_row = 24;
        REQUIRE(ioctl(slave, TIOCSWINSZ, &size) == 0);
    }
    ~PseudoTerminal() {
        close(slave);
        close(master);
    }
};

// Sets or unsets an environment variable for one test and puts back what was there.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char* name, const char* value) : name_(name) {
        const char* before = std::getenv(name);
        if (before != nullptr) before_ = before;
        set(value);
    }
    ~ScopedEnvironment() { set(before_ ? before_->c_str() : nullptr); }
    void set(const char* value) {
        if (value == nullptr) unsetenv(name_); else setenv(name_, value, 1);
    }

private:
    const char* name_;
    std::optional<std::string> before_;
};

}  // namespace

TEST_CASE("wrapping breaks at spaces, within the width, with a hanging indent", "[report][text]") {
    const std::string sentence = "  warning the quick brown fox jumps over the lazy dog and keeps running far away";
    const auto lines = linesOf(text::wrap(sentence, 40, 10));
    REQUIRE(lines.size() > 1);
    CHECK(lines[0].rfind("  warning the", 0) == 0);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        INFO(lines[i]);
        CHECK(lines[i].size() <= 40);
        CHECK(lines[i].back() != ' ');
        if (i > 0) CHECK((lines[i].rfind(std::string(10, ' '), 0) == 0 && lines[i][10] != ' '));
    }
    // Nothing is lost or reordered: the words read the same with the breaks taken out.
    std::string joined;
    for (const auto& line : lines) joined += (joined.empty() ? "" : " ") + line.substr(line.find_first_not_of(' '));
    CHECK(joined == sentence.substr(2));
}

TEST_CASE("wrapping leaves a short line alone and keeps its inner spacing", "[report][text]") {
    CHECK(text::wrap("  role    format  path", 100, 4) == "  role    format  path\n");
    CHECK(text::wrap("", 100, 4) == "\n");
}

TEST_CASE("wrapping never cuts a number or a word longer than the line", "[report][text]") {
    const std::string number = "123,456,789,012,345,678,901,234,567,890,123";
    const std::string wrapped = text::wrap("total " + number + " words", 40, 2);
    CHECK_THAT(wrapped, Catch::Contains(number));
    CHECK(linesOf(wrapped) == std::vector<std::string>{"total", "  " + number, "  words"});
    // Numbers with their figures and separators are never split, whatever the width.
    for (std::size_t width = 40; width < 60; ++width) {
        CHECK_THAT(text::wrap("the count is 4,396 of 4,500 and 27.8 min to say; slides 36–37 past", width, 4),
                   Catch::Contains("4,396") && Catch::Contains("4,500") && Catch::Contains("27.8") &&
                       Catch::Contains("36–37"));
    }
}

TEST_CASE("a file name kept together is moved whole to the next line", "[report][text]") {
    const std::string wrapped =
        text::wrap("slides 36–37 will not be assessed — from " + text::keepTogether("Showcase presentation - Daniel Osei.pptx") +
                       ", slide 36",
                   60, 4);
    CHECK_THAT(wrapped, Catch::Contains("\n    Showcase presentation - Daniel Osei.pptx, slide 36\n"));
    CHECK(wrapped.find('\x1F') == std::string::npos);
}

TEST_CASE("width counts what a terminal shows: colour codes none, UTF-8 one, wide characters two", "[report][text]") {
    CHECK(text::displayWidth("plain") == 5);
    CHECK(text::displayWidth("\033[1;31merror\033[0m") == 5);
    CHECK(text::displayWidth("36–37 ‖ café") == 12);
    CHECK(text::displayWidth("報告書") == 6);
    // The same breaks with colour as without.
    const TextStyle colour{40, true};
    const std::string plain = "  error   the report has 4,812 words and the limit is 4,500 words in all";
    const std::string painted = "  " + text::paint("error", text::Tone::Bad, colour) + plain.substr(7);
    CHECK(linesOf(text::wrap(plain, 40, 10)).size() == linesOf(text::wrap(painted, 40, 10)).size());
    CHECK(text::paint("x", text::Tone::Bad, TextStyle{40, false}) == "x");
}

TEST_CASE("numbers are written as the findings write them", "[report][text]") {
    CHECK(text::thousands(4396) == "4,396");
    CHECK(text::thousands(999) == "999");
    CHECK(text::thousands(1234567) == "1,234,567");
    CHECK(text::thousands(-1500) == "-1,500");
    CHECK(text::minutesAndSeconds(3) == "3 s");
    CHECK(text::minutesAndSeconds(2120) == "35 min 20 s");
    CHECK(text::minutesAndSeconds(1980) == "33 min");
    CHECK(text::shortNumber(30) == "30");
    CHECK(text::shortNumber(27.76) == "27.8");
    CHECK(text::plural(1, "slide") == "1 slide");
    CHECK(text::plural(1200, "word") == "1,200 words");
}

TEST_CASE("the width comes from COLUMNS, else the terminal, else 100 columns", "[report][text]") {
    TerminalFacts facts;
    CHECK(textStyleFor(facts).width == 100);
    facts.columns = "80";
    CHECK(textStyleFor(facts).width == 80);  // COLUMNS holds even when not a terminal (a pipe to less)
    facts.isTerminal = true;
    facts.terminalColumns = 132;
    CHECK(textStyleFor(facts).width == 80);  // COLUMNS wins over the terminal
    facts.columns = "wide";
    CHECK(textStyleFor(facts).width == 132);  // not a number: ignored
    facts.columns = nullptr;
    CHECK(textStyleFor(facts).width == 132);
    facts.terminalColumns = 0;
    CHECK(textStyleFor(facts).width == 100);
    facts.columns = "12";
    CHECK(textStyleFor(facts).width == 40);  // narrower than this reads worse than an overflow
}

TEST_CASE("colour only on a terminal, and never when NO_COLOR is set", "[report][text]") {
    TerminalFacts facts;
    CHECK_FALSE(textStyleFor(facts).colour);
    facts.isTerminal = true;
    CHECK(textStyleFor(facts).colour);
    for (const char* value : {"1", "0", "false", ""}) {
        INFO("NO_COLOR=" << value);
        facts.noColor = value;
        CHECK_FALSE(textStyleFor(facts).colour);
    }
}

TEST_CASE("a real terminal gives colour and its width, while NO_COLOR or a pipe give neither", "[report][text]") {
    PseudoTerminal terminal(72);
    ScopedEnvironment columns("COLUMNS", nullptr);
    ScopedEnvironment noColor("NO_COLOR", nullptr);
    TextStyle style = terminalTextStyle(terminal.slave);
    CHECK(style.colour);
    CHECK(style.width == 72);

    noColor.set("1");
    CHECK_FALSE(terminalTextStyle(terminal.slave).colour);
    noColor.set(nullptr);

    columns.set("90");
    CHECK(terminalTextStyle(terminal.slave).width == 90);
    columns.set(nullptr);

    // A report written to a file never has colour, whatever the terminal.
    CHECK_FALSE(showcase::report::fileTextStyle().colour);
    CHECK(showcase::report::fileTextStyle().width == 100);

    int pipeEnds[2];
    REQUIRE(pipe(pipeEnds) == 0);
    style = terminalTextStyle(pipeEnds[1]);
    CHECK_FALSE(style.colour);
    CHECK(style.width == 100);
    close(pipeEnds[0]);
    close(pipeEnds[1]);
}
