// The HTML report's palette meets WCAG 2.1 AA: 4.5:1 for text, 3:1 for graphics and the focus
// ring, computed here from the same colours the style sheet is generated from.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <string>

#include "report/html_palette.hpp"

namespace {

using showcase::report::html::kColours;

std::string hexOf(const char* name) {
    for (const auto& colour : kColours) {
        if (std::strcmp(colour.name, name) == 0) return colour.hex;
    }
    FAIL("no colour named " << name);
    return "";
}

// Relative luminance as WCAG 2.1 defines it (sRGB, linearised).
double luminance(const std::string& hex) {
    double channels[3];
    for (int i = 0; i < 3; ++i) {
        const double value = std::stoi(hex.substr(1 + 2 * static_cast<std::size_t>(i), 2), nullptr, 16) / 255.0;
        channels[i] = value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

double contrast(const std::string& a, const std::string& b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

TEST_CASE("the contrast formula gives WCAG's reference values", "[report][html]") {
    CHECK(contrast("#000000", "#ffffff") == Approx(21.0));
    CHECK(contrast("#ffffff", "#ffffff") == Approx(1.0));
    CHECK(contrast("#767676", "#ffffff") == Approx(4.54).epsilon(0.01));  // the lightest grey that passes on white
}

TEST_CASE("every colour pairing of the HTML report meets WCAG AA", "[report][html]") {
    for (const auto& pair : showcase::report::html::kContrastPairs) {
        const double ratio = contrast(hexOf(pair.foreground), hexOf(pair.background));
        INFO(pair.foreground << " on " << pair.background << ": " << ratio << ":1, needs " << pair.minimum);
        CHECK(ratio >= pair.minimum);
    }
}

TEST_CASE("each status has its own colour", "[report][html]") {
    const char* statuses[] = {"evidenced", "weak", "missing", "beyond_limit", "appendix_only"};
    for (const char* a : statuses) {
        for (const char* b : statuses) {
            if (std::strcmp(a, b) != 0) CHECK(hexOf(a) != hexOf(b));
        }
    }
}
