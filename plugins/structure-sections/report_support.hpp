// What the template and component reports share: findings in the project's style, located at a
// heading, and the JSON of a heading.
#pragma once

#include <optional>
#include <string>

#include <Poco/JSON/Object.h>

#include "found_structure.hpp"
#include "showcase/plugin_api.hpp"

namespace showcase::structure {

void reportFinding(Analysis& analysis, Severity severity, const std::string& message, std::optional<Location> location,
                   std::optional<double> value = std::nullopt, std::optional<double> limit = std::nullopt);

Location headingLocation(const Document& document, const FoundHeading& heading);
Location fileLocation(const Document& document);

/// A score as the reports show it: rounded to hundredths, halves up (scores are never negative).
double hundredths(double score);

/// {heading, level, file, part, index, source, words}
Poco::JSON::Object::Ptr headingJson(const Document& document, const FoundHeading& heading);

}  // namespace showcase::structure
