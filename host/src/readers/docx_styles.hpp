// WordprocessingML helpers for the docx reader: namespaces, attribute access and styles.
#pragma once

#include <Poco/SAX/Attributes.h>

#include <string>
#include <string_view>
#include <unordered_map>

#include "read_context.hpp"

namespace showcase::readers::docx {

/// True for the WordprocessingML main namespace, Transitional or Strict.
bool isWordNamespace(const std::string& uri);
/// True for the markup-compatibility namespace (mc:AlternateContent, mc:Choice, mc:Fallback).
bool isMarkupCompatibilityNamespace(const std::string& uri);

/// The attribute with this local name (any namespace), without copying, or nullptr.
const std::string* findAttribute(const Poco::XML::Attributes& attributes, std::string_view local);

/// An OOXML on/off value (w:vanish, w:b ...): absent w:val means on; "0", "false", "off" mean off.
bool onOffValue(const Poco::XML::Attributes& attributes);

/// A non-negative integer attribute value, or `fallback` when absent or not a number.
int intAttribute(const Poco::XML::Attributes& attributes, std::string_view local, int fallback);

/// One w:style of styles.xml, with its basedOn chain already resolved.
struct StyleInfo {
    std::string name;      ///< display name ("heading 1" is shown as "Heading 1")
    std::string basedOn;
    bool paragraphStyle = false;
    bool characterStyle = false;
    // As written on the style itself (-1: not specified).
    int ownOutline = -1;   ///< w:pPr/w:outlineLvl, 0..9 (9 = body text)
    int nameLevel = 0;     ///< 1..9 from the name "heading N", 1 for "Title", else 0
    bool ownHasNumPr = false;
    std::string ownNumId;
    int ownIlvl = -1;
    int ownVanish = -1;    ///< w:rPr/w:vanish
    // Resolved through basedOn.
    int headingLevel = 0;  ///< 1..9, 0 when not a heading style
    bool hasNumPr = false;
    std::string numId;
    int ilvl = -1;
    int vanish = -1;
};

/// The styles of a document, by styleId.
class Styles {
public:
    /// Parses styles.xml; throws ReadError for malformed XML.
    void parse(const std::string& xml, const ReadContext& context, const std::string& partName);

    /// The style with this id, or nullptr.
    const StyleInfo* find(const std::string& styleId) const;
    /// The default paragraph style (w:default="1"), or nullptr.
    const StyleInfo* defaultParagraph() const { return find(defaultParagraph_); }

private:
    void resolve();

    std::unordered_map<std::string, StyleInfo> styles_;
    std::string defaultParagraph_;
};

/// Whether settings.xml clears Word's "include text boxes, footnotes and endnotes" in its
/// statistics: w:doNotIncludeSubdocsInStats present and on. Throws ReadError for malformed XML.
bool excludesNotesFromStatistics(const std::string& settingsXml, const ReadContext& context,
                                 const std::string& partName);

/// The level a style name implies: "heading 3" → 3, "Title" → 1 (case-insensitive), else 0.
int headingLevelFromName(std::string_view name);

/// Word shows its built-in styles, stored lower-case ("heading 1", "footnote text"), with
/// capitals ("Heading 1", "Footnote Text"); other names are kept as written.
std::string displayStyleName(const std::string& name);

}  // namespace showcase::readers::docx
