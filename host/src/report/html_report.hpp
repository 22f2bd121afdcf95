// `check --format html`: one self-contained page (inline CSS and SVG, no script, nothing fetched)
// that can be sent as an email attachment and printed on A4.
#pragma once

#include <string>

#include "report.hpp"

namespace showcase::report {

/// The whole HTML document for `report`, built from the same data as toJson().
std::string toHtml(const Report& report);

}  // namespace showcase::report
