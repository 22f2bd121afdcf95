// Laying out the text report for a terminal: width, colour, word wrapping and number formats.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "report.hpp"

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

/// 4396 -> "4,396": the way the findings write counts.
std::string thousands(long long number);
/// A count and its noun, plural when not one: "1 file", "3 files".
std::string plural(std::size_t count, const std::string& noun);
/// 2120.4 -> "35 min 20 s", 3 -> "3 s": recording lengths.
std::string minutesAndSeconds(double seconds);
/// A number as short as it can be written: 30 -> "30", 27.76 -> "27.8".
std::string shortNumber(double number);

}  // namespace showcase::report::text
