// Pieces shared by the OOXML readers (docx, pptx): package relationships and saved statistics.
//
// Relationship types are matched by their last path segment ("/officeDocument", "/styles",
// "/slide"...), so Transitional (http://schemas.openxmlformats.org/...) and Strict
// (http://purl.oclc.org/ooxml/...) packages are treated alike.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "package.hpp"
#include "read_context.hpp"
#include "showcase/document.hpp"

namespace showcase::readers::ooxml {

/// One <Relationship> of a .rels part.
struct Relationship {
    std::string id;      ///< r:id as referenced from the source part ("rId3")
    std::string type;    ///< the full type URI as written
    std::string target;  ///< for internal targets: the package part name, already resolved with
                         ///< resolvePartPath (no leading '/'); for external ones: as written
    bool external = false;  ///< TargetMode="External"
};

/// The .rels part that belongs to `sourcePart` ("" for the package itself → "_rels/.rels";
/// "word/document.xml" → "word/_rels/document.xml.rels").
std::string relationshipsPartName(const std::string& sourcePart);

/// Reads the relationships of `sourcePart` ("" for the package-level _rels/.rels), in document
/// order. A missing .rels part yields an empty list; malformed XML throws ReadError.
/// The package must have been opened wanting ".rels" parts.
std::vector<Relationship> readRelationships(const Package& package, const std::string& sourcePart,
                                            const ReadContext& context);

/// True when the relationship type's last segment equals `typeSuffix` ("styles", "/styles" both
/// accepted), compared case-sensitively as the standards write them.
bool typeEndsWith(std::string_view type, std::string_view typeSuffix);

/// The first relationship in `relationships` whose type ends with `typeSuffix`, or nullptr.
const Relationship* findByType(const std::vector<Relationship>& relationships, std::string_view typeSuffix);

/// All internal relationships whose type ends with `typeSuffix`, in order.
std::vector<const Relationship*> findAllByType(const std::vector<Relationship>& relationships,
                                               std::string_view typeSuffix);

/// The main part of the package: the target of the _rels/.rels relationship whose type ends with
/// `typeSuffix` (usually "officeDocument"). When _rels/.rels is missing or names no such part,
/// falls back to `fallbackPart` if the package has it. Returns "" when nothing is found (the
/// caller decides the error message).
std::string findMainPart(const Package& package, std::string_view typeSuffix, const ReadContext& context,
                         const std::string& fallbackPart = "");

/// Content type overrides of [Content_Types].xml: part name (no leading '/') → content type.
/// Defaults by extension are keyed as "*.ext". Empty when the part is missing.
std::vector<std::pair<std::string, std::string>> readContentTypes(const Package& package,
                                                                  const ReadContext& context);

/// Fills `saved` from docProps/app.xml (Application, AppVersion, Words, Characters, Slides,
/// HiddenSlides, Notes); the part is found through _rels/.rels ("extended-properties") or at
/// its usual name. Missing or malformed app.xml is tolerated (it is only metadata): fields stay
/// at their defaults and the function returns false.
bool readAppStatistics(const Package& package, SavedStatistics& saved, const ReadContext& context);

/// True for part names worth inflating for text: ".xml" and ".rels" entries (never media).
bool isXmlOrRels(const std::string& name);

}  // namespace showcase::readers::ooxml
