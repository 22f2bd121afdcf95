// Findings and metrics from comparing the main documents with the profile's template.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "found_structure.hpp"
#include "section_template.hpp"
#include "showcase/plugin_api.hpp"

namespace showcase::structure {

/// Compares the headings of `documents` (the report or the slides) with `sections`, reports what
/// is missing, duplicated, out of order or outside its recommended words, and writes `sections`,
/// `missing`, `duplicated` and `out_of_order` into `metrics`. A missing section is a warning, but
/// for a template of kind "modules" (topics to cover, not headings) only information.
void reportTemplate(Analysis& analysis, const std::vector<const Document*>& documents,
                    const std::vector<DocumentStructure>& structures, const std::vector<TemplateSection>& sections,
                    const std::string& templateKind, double threshold, Poco::JSON::Object::Ptr metrics);

/// How far an "approximate" range stretches either way: "about 400 words" still holds 360..440.
inline constexpr double kApproximateSlack = 0.1;

/// Words outside a recommended range: info when near it, warning when under half the minimum or
/// over one and a half times the maximum. An approximate range is widened by kApproximateSlack.
std::optional<Severity> wordsSeverity(std::size_t words, const WordRange& range);

}  // namespace showcase::structure
