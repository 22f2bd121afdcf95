#include "text_layout.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace showcase::report {
namespace {

// Narrower than this, a hanging indent leaves too little room to read; the report overflows instead.
constexpr std::size_t kNarrowestWidth = 40;

std::size_t parseColumns(const char* columns) {
    if (columns == nullptr || *columns == '\0') return 0;
    std::size_t value = 0;
    for (const char* c = columns; *c != '\0'; ++c) {
        if (*c < '0' || *c > '9' || value > 100000) return 0;  // not a width: ignore it
        value = value * 10 + static_cast<std::size_t>(*c - '0');
    }
    return value;
}

}  // namespace

TextStyle textStyleFor(const TerminalFacts& facts) {
    TextStyle style;
    // NO_COLOR (no-color.org) turns colour off whatever its value; even an empty one, since
    // whoever set it asked for no colour (no-color.org itself ignores an empty value).
    style.colour = facts.isTerminal && facts.noColor == nullptr;
    std::size_t width = parseColumns(facts.columns);
    if (width == 0 && facts.isTerminal) width = facts.terminalColumns;
    if (width == 0) width = kDefaultTextWidth;
    style.width = std::max(width, kNarrowestWidth);
    return style;
}

TextStyle terminalTextStyle(int fileDescriptor) {
    TerminalFacts facts;
    facts.isTerminal = isatty(fileDescriptor) != 0;
    facts.noColor = std::getenv("NO_COLOR");
    facts.columns = std::getenv("COLUMNS");
    winsize size{};
    if (facts.isTerminal && ioctl(fileDescriptor, TIOCGWINSZ, &size) == 0) facts.terminalColumns = size.ws_col;
    return textStyleFor(facts);
}

TextStyle fileTextStyle() {
    TerminalFacts facts;
    facts.columns = std::getenv("COLUMNS");
    return textStyleFor(facts);
}

namespace text {
namespace {

// Stands for a space wrap() must not break at (keepTogether); written out as a space.
constexpr char kUnbreakableSpace = '\x1F';

// The code point starting at text[at], and how many bytes it takes (1 for a stray byte).
char32_t decode(const std::string& text, std::size_t at, std::size_t& length) {
    const auto byte = static_cast<unsigned char>(text[at]);
    length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    if (at + length > text.size()) length = 1;
    if (length == 1) return byte;
    char32_t code = byte & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) code = (code << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
    return code;
}

std::size_t columnsOf(char32_t code) {
    if ((code >= 0x0300 && code <= 0x036F) || code == 0x200B || code == 0x200D || code == 0xFE0F) return 0;
    const bool wide = (code >= 0x1100 && code <= 0x115F) || (code >= 0x2E80 && code <= 0xA4CF) ||
                      (code >= 0xAC00 && code <= 0xD7A3) || (code >= 0xF900 && code <= 0xFAFF) ||
                      (code >= 0xFE30 && code <= 0xFE4F) || (code >= 0xFF00 && code <= 0xFF60) ||
                      (code >= 0xFFE0 && code <= 0xFFE6) || (code >= 0x1F300 && code <= 0x1F64F) ||
                      (code >= 0x1F900 && code <= 0x1F9FF) || (code >= 0x20000 && code <= 0x3FFFD);
    return wide ? 2 : 1;
}

const char* colourCode(Tone tone) {
    switch (tone) {
        case Tone::Good: return "\033[32m";
        case Tone::Warning: return "\033[33m";
        case Tone::Bad: return "\033[1;31m";
        case Tone::Muted: return "\033[2m";
        case Tone::Heading: return "\033[1m";
        case Tone::Plain: break;
    }
    return "";
}

// One line of wrap(): words joined by the spaces between them, broken where the width runs out.
void wrapLine(const std::string& line, std::size_t width, std::size_t hangingIndent, bool continuation,
              std::string& out) {
    std::size_t at = 0;
    while (at < line.size() && line[at] == ' ') ++at;
    std::string current = continuation ? std::string(hangingIndent, ' ') : line.substr(0, at);
    std::size_t currentWidth = current.size();
    const std::size_t lineStart = current.size();
    while (at < line.size()) {
        const std::size_t gapStart = at;
        while (at < line.size() && line[at] == ' ') ++at;
        const std::size_t wordStart = at;
        while (at < line.size() && line[at] != ' ') ++at;
        const std::string gap = line.substr(gapStart, wordStart - gapStart);
        const std::string word = line.substr(wordStart, at - wordStart);
        const std::size_t wordWidth = displayWidth(word);
        if (current.size() > lineStart && currentWidth + gap.size() + wordWidth > width) {
            out += current + "\n";
            current = std::string(hangingIndent, ' ') + word;
            currentWidth = hangingIndent + wordWidth;
        } else {
            current += gap + word;
            currentWidth += gap.size() + wordWidth;
        }
    }
    while (!current.empty() && current.back() == ' ') current.pop_back();
    out += current + "\n";
}

}  // namespace

std::string paint(const std::string& text, Tone tone, const TextStyle& style) {
    if (!style.colour || tone == Tone::Plain || text.empty()) return text;
    return colourCode(tone) + text + "\033[0m";
}

std::size_t displayWidth(const std::string& text) {
    std::size_t width = 0;
    for (std::size_t at = 0; at < text.size();) {
        if (text[at] == '\033' && at + 1 < text.size() && text[at + 1] == '[') {
            at += 2;  // a CSI sequence: parameters, then one final byte from @ to ~
            while (at < text.size() && (text[at] < '@' || text[at] > '~')) ++at;
            ++at;
            continue;
        }
        std::size_t length = 1;
        width += columnsOf(decode(text, at, length));
        at += length;
    }
    return width;
}

std::string wrap(const std::string& text, std::size_t width, std::size_t hangingIndent) {
    std::string out;
    std::size_t start = 0;
    bool continuation = false;
    while (true) {
        const std::size_t end = text.find('\n', start);
        wrapLine(text.substr(start, end == std::string::npos ? std::string::npos : end - start), width,
                 hangingIndent, continuation, out);
        if (end == std::string::npos) break;
        start = end + 1;
        continuation = true;
    }
    std::replace(out.begin(), out.end(), kUnbreakableSpace, ' ');
    return out;
}

std::string keepTogether(const std::string& text) {
    std::string glued = text;
    std::replace(glued.begin(), glued.end(), ' ', kUnbreakableSpace);
    return glued;
}

std::string padded(const std::string& text, std::size_t width) { return text + padding(text, width); }

std::string padding(const std::string& text, std::size_t width) {
    const std::size_t used = displayWidth(text);
    return used >= width ? " " : std::string(width - used, ' ');
}

std::string count(double number) { return thousands(static_cast<long long>(number)); }

std::string minutesAndSeconds(double seconds) {
    const long long whole = std::llround(seconds);
    if (whole < 60) return std::to_string(whole) + " s";
    const long long rest = whole % 60;
    return std::to_string(whole / 60) + " min" + (rest == 0 ? "" : " " + std::to_string(rest) + " s");
}

std::string shortNumber(double number) {
    if (std::fabs(number - std::round(number)) < 0.05) return thousands(std::llround(number));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", number);
    return buffer;
}

}  // namespace text
}  // namespace showcase::report
