// Laying out the text report for a terminal: width, colour, word wrapping and number formats.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "report.hpp"
#include "report_shared.hpp"

namespace showcase::report::text {

/// What a piece of text says about the showcase; decides its colour when colour is on.
enum class Tone { Plain, Good, Warning, Bad, Muted, Heading };

/// `text` wrapped in the ANSI colour of `tone` when `style.colour`, else unchanged.
std::string paint(const std::string& text, Tone tone, const TextStyle& style);

/// Columns `text` takes on a terminal: UTF-8 aware, ANSI escapes take none, East Asian wide
/// characters take two.
std::size_t displayWidth(const std::string& text);

/// `text` (one line, possibly starting with its own indentation) broken at spaces into lines of
/// at most `width` columns, continuation lines indented by `hangingIndent`; each line ends in
/// "\n". A word longer than the line is never cut (a number must stay whole): it overflows.
std::string wrap(const std::string& text, std::size_t width, std::size_t hangingIndent);

/// `text` with its spaces made unbreakable for wrap(): a file name stays on one line.
std::string keepTogether(const std::string& text);

/// `text` padded with spaces to `width` columns, or followed by one space when it is as wide.
std::string padded(const std::string& text, std::size_t width);
/// The spaces padded() adds to `text`. A painted column is paint(text) + padding(text, width):
/// the colour stops before the spaces, and the width is measured on the text alone, so that text
/// from a plugin ending in half an escape sequence cannot swallow the colour's reset into it.
std::string padding(const std::string& text, std::size_t width);

// The shared formats (report_shared.hpp) under the names the text report and its tests use.
using report::plural;
using report::thousands;
/// A count from a plugin's metrics as thousands() writes it, its fraction dropped (4396.7 ->
/// "4,396"); the HTML report's thousands(double) rounds instead, and each report keeps its own way.
std::string count(double number);
/// 2120.4 -> "35 min 20 s", 3 -> "3 s": recording lengths.
std::string minutesAndSeconds(double seconds);
/// A number as short as it can be written: 30 -> "30", 27.76 -> "27.8".
std::string shortNumber(double number);

}  // namespace showcase::report::text
