// The document model: every piece of readable text in a bundle, with where it came from.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "showcase/export.hpp"

namespace showcase {

/// Where in a document a block sits (body text, a table cell, a slide's notes...).
enum class Part {
    Body,
    Table,
    TextBox,
    Footnote,
    Endnote,
    Header,
    Footer,
    Comment,
    SlideTitle,
    SlideBody,
    Notes,
};

inline const char* partName(Part part) {
    switch (part) {
        case Part::Body: return "body";
        case Part::Table: return "table";
        case Part::TextBox: return "text_box";
        case Part::Footnote: return "footnote";
        case Part::Endnote: return "endnote";
        case Part::Header: return "header";
        case Part::Footer: return "footer";
        case Part::Comment: return "comment";
        case Part::SlideTitle: return "slide_title";
        case Part::SlideBody: return "slide_body";
        case Part::Notes: return "notes";
    }
    return "body";
}

/// Flags a reader or a plugin sets on a block; combined as a bit set.
enum BlockFlag : std::uint32_t {
    kHiddenText = 1U << 0,       ///< w:vanish or similar: not shown when printed
    kTrackedDeletion = 1U << 1,  ///< deleted under track changes: not in the final view
    kHiddenSlide = 1U << 2,      ///< on a slide with show="0"
    kBeyondLimit = 1U << 3,      ///< past a word or slide limit: will not be assessed
    kHeading = 1U << 4,          ///< the block is a heading (see Block::headingLevel)
    kListItem = 1U << 5,         ///< a list paragraph (see Block::listLevel)
};

/// One paragraph-sized piece of text with its provenance.
struct SHOWCASE_API Block {
    std::string text;                      ///< UTF-8, runs joined, tabs and breaks as spaces
    Part part = Part::Body;
    int index = 0;                         ///< paragraph (1-based), slide number or page number
    std::vector<std::string> headingPath;  ///< enclosing headings, outermost first
    int headingLevel = 0;                  ///< 1..9 when kHeading is set, else 0
    int listLevel = -1;                    ///< 0-based list level when kListItem is set
    std::string style;                     ///< the paragraph style's display name, if any
    std::string listLabel;                 ///< the automatic number or bullet shown before it ("3.", "•"); never in text
    std::uint32_t flags = 0;

    bool has(BlockFlag flag) const { return (flags & flag) != 0; }
};

/// What a file is in the bundle, as far as a user would think of it.
enum class Role { Report, Slides, Appendix, Recording, Image, Other };
inline const char* roleName(Role role) {
    switch (role) {
        case Role::Report: return "report";
        case Role::Slides: return "slides";
        case Role::Appendix: return "appendix";
        case Role::Recording: return "recording";
        case Role::Image: return "image";
        case Role::Other: return "other";
    }
    return "other";
}

/// Whether a file's text was obtained.
enum class ReadStatus { Read, Unsupported, Error };
inline const char* readStatusName(ReadStatus status) {
    switch (status) {
        case ReadStatus::Read: return "read";
        case ReadStatus::Unsupported: return "unsupported";
        case ReadStatus::Error: return "error";
    }
    return "error";
}

/// One slide of a deck, as PowerPoint counts them.
struct SHOWCASE_API SlideInfo {
    int number = 0;          ///< 1-based position in presentation order
    bool hidden = false;     ///< show="0"
    bool hasNotes = false;   ///< a notes page exists, even an empty one
    std::string title;
};

/// Statistics the saving application wrote into the file (docProps/app.xml, meta.xml).
struct SHOWCASE_API SavedStatistics {
    std::string application;
    std::string appVersion;
    long long words = -1;        ///< -1 when absent
    long long characters = -1;
    long long slides = -1;
    long long hiddenSlides = -1;
    long long notes = -1;
    long long pages = -1;
    /// Word's "include text boxes, footnotes and endnotes" in its statistics, as the document
    /// stores it (w:doNotIncludeSubdocsInStats): 1 included (Word's default), 0 left out, -1 unknown.
    int includeNotesAndTextBoxes = -1;
};

/// One file of the bundle and everything read from it.
struct SHOWCASE_API Document {
    std::string path;        ///< path inside the bundle, '/'-separated
    std::string format;      ///< detected format: docx, pptx, odt, odp, pdf, txt, md, png, ...
    std::string mediaType;   ///< MIME type
    std::string reader;      ///< which reader produced the blocks, empty if none
    Role role = Role::Other;
    std::string roleReason;  ///< why this role was chosen, shown to users
    ReadStatus status = ReadStatus::Unsupported;
    std::string message;     ///< the reason when not read, or a note when read
    std::uint64_t size = 0;  ///< bytes of the file itself
    std::uint64_t expandedBytes = 0;  ///< bytes of XML/text actually parsed
    int pages = 0;           ///< PDF pages
    double durationSeconds = -1;  ///< audio and video length, -1 when not known
    std::vector<Block> blocks;
    std::vector<SlideInfo> slides;
    SavedStatistics saved;
    std::vector<std::string> warnings;  ///< non-fatal oddities met while reading
};

/// Something the bundle reader refused or noticed about an entry (skipped, encrypted...).
struct SHOWCASE_API BundleNotice {
    std::string path;
    std::string kind;     ///< unsafe-path, link, device, encrypted, limit, nested, unreadable
    std::string message;
};

/// A whole submission after reading.
struct SHOWCASE_API Bundle {
    std::string path;                    ///< as the user gave it
    std::string container;               ///< zip, tar, 7z, folder, file, ...
    std::vector<Document> documents;     ///< in a stable order (by path)
    std::vector<BundleNotice> notices;
};

}  // namespace showcase
