// The HTML report's colours, in one place so that a unit test can check every pairing the
// style sheet uses against WCAG 2.1 AA (tests/report/html_palette_test.cpp computes the ratios).
// Colour is never the only signal: each status also has a text label, an icon and a pattern.
//
//   pairing (foreground on background)      ratio     needs
//   ink #1a1f26 on paper #ffffff            16.6      4.5 (text)
//   muted #4b5563 on paper / panel          7.6 / 6.9 4.5 (text)
//   accent #1f4e79 on paper / panel         8.7 / 7.9 4.5 (links, headings)
//   each status colour on its tint          6.6-8.1   4.5 (chip labels, icons)
//   each status colour on paper             7.5-9.7   4.5 (legend)
//   bar #3d5a80 on paper / track            7.1 / 6.0 3.0 (graphics)
//   focus #0b57d0 on paper / panel          6.4 / 5.9 3.0 (focus ring)
// (rounded; the test prints the exact ratio of any pairing that falls short)
#pragma once

namespace showcase::report::html {

/// A CSS custom property of the report's :root and its value.
struct Colour {
    const char* name;  ///< without the leading "--"
    const char* hex;   ///< "#rrggbb"
};

inline constexpr Colour kColours[] = {
    {"ink", "#1a1f26"},          {"muted", "#4b5563"},         {"paper", "#ffffff"},
    {"panel", "#f4f5f7"},        {"rule", "#d3d8df"},          {"accent", "#1f4e79"},
    {"focus", "#0b57d0"},        {"bar", "#3d5a80"},           {"bar-over", "#9b1c22"},
    {"range", "#d4eadb"},        {"range-edge", "#1e5e34"},    {"track", "#e9ecf0"},
    {"evidenced", "#1e5e34"},    {"evidenced-tint", "#e6f3ea"},
    {"weak", "#7a4a00"},         {"weak-tint", "#fcf0d9"},
    {"missing", "#9b1c22"},      {"missing-tint", "#fbe8e9"},
    {"beyond_limit", "#55308a"}, {"beyond_limit-tint", "#eee8f7"},
    {"appendix_only", "#1c4f7c"}, {"appendix_only-tint", "#e5eff8"},
};

/// A pairing the style sheet uses, by colour name, and the contrast it must reach.
struct ContrastPair {
    const char* foreground;
    const char* background;
    double minimum;  ///< 4.5 for text, 3 for graphics and focus indicators (WCAG 1.4.3, 1.4.11)
};

inline constexpr ContrastPair kContrastPairs[] = {
    {"ink", "paper", 4.5},          {"ink", "panel", 4.5},         {"muted", "paper", 4.5},
    {"muted", "panel", 4.5},        {"accent", "paper", 4.5},      {"accent", "panel", 4.5},
    {"evidenced", "evidenced-tint", 4.5},         {"weak", "weak-tint", 4.5},
    {"missing", "missing-tint", 4.5},             {"beyond_limit", "beyond_limit-tint", 4.5},
    {"appendix_only", "appendix_only-tint", 4.5}, {"evidenced", "paper", 4.5},
    {"weak", "paper", 4.5},         {"missing", "paper", 4.5},     {"beyond_limit", "paper", 4.5},
    {"appendix_only", "paper", 4.5}, {"bar", "paper", 3.0},        {"bar", "track", 3.0},
    {"bar-over", "paper", 3.0},     {"range-edge", "paper", 3.0},  {"focus", "paper", 3.0},
    {"focus", "panel", 3.0},        {"ink", "range", 4.5},         {"muted", "track", 4.5},
};

}  // namespace showcase::report::html
