// `showcase dump`: the document model written straight from the structs, since it is the largest
// output and sits on the benchmark's path.
#include "json_support.hpp"
#include "report.hpp"

namespace showcase::report {
namespace {

void writeFlags(const Block& block, JsonWriter& writer) {
    static const std::pair<BlockFlag, const char*> names[] = {
        {kHiddenText, "hidden_text"}, {kTrackedDeletion, "tracked_deletion"}, {kHiddenSlide, "hidden_slide"},
        {kBeyondLimit, "beyond_limit"}, {kHeading, "heading"}, {kListItem, "list_item"},
    };
    writer.key("flags");
    writer.beginArray();
    for (const auto& [flag, name] : names) {
        if (block.has(flag)) writer.value(name);
    }
    writer.endArray();
}

void writeBlock(const Block& block, JsonWriter& writer) {
    writer.beginObject();
    writer.member("part", partName(block.part));
    writer.member("index", block.index);
    writer.member("text", block.text);
    if (!block.headingPath.empty()) {
        writer.key("heading_path");
        writeStrings(block.headingPath, writer);
    }
    if (block.headingLevel > 0) writer.member("heading_level", block.headingLevel);
    if (block.listLevel >= 0) writer.member("list_level", block.listLevel);
    if (!block.style.empty()) writer.member("style", block.style);
    if (!block.listLabel.empty()) writer.member("list_label", block.listLabel);
    if (block.flags != 0) writeFlags(block, writer);
    writer.endObject();
}

void writeIfKnown(const char* key, long long value, JsonWriter& writer) {
    if (value < 0) return;
    writer.member(key, value);
}

void writeSaved(const SavedStatistics& saved, JsonWriter& writer) {
    writer.key("saved_statistics");
    writer.beginObject();
    if (!saved.application.empty()) writer.member("application", saved.application);
    if (!saved.appVersion.empty()) writer.member("app_version", saved.appVersion);
    writeIfKnown("words", saved.words, writer);
    writeIfKnown("characters", saved.characters, writer);
    writeIfKnown("slides", saved.slides, writer);
    writeIfKnown("hidden_slides", saved.hiddenSlides, writer);
    writeIfKnown("notes", saved.notes, writer);
    writeIfKnown("pages", saved.pages, writer);
    if (saved.includeNotesAndTextBoxes >= 0) writer.member("include_notes_and_text_boxes", saved.includeNotesAndTextBoxes == 1);
    writer.endObject();
}

void writeSlides(const Document& document, JsonWriter& writer) {
    writer.key("slides");
    writer.beginArray();
    for (const auto& slide : document.slides) {
        writer.beginObject();
        writer.member("number", slide.number);
        writer.member("hidden", slide.hidden);
        writer.member("has_notes", slide.hasNotes);
        writer.member("title", slide.title);
        writer.endObject();
    }
    writer.endArray();
}

void writeDocument(const Document& document, JsonWriter& writer) {
    writer.beginObject();
    writer.member("path", document.path);
    writer.member("format", document.format);
    writer.member("media_type", document.mediaType);
    writer.member("role", roleName(document.role));
    writer.member("role_reason", document.roleReason);
    writer.member("status", readStatusName(document.status));
    writer.member("message", document.message);
    writer.member("reader", document.reader);
    writer.member("size", static_cast<unsigned long long>(document.size));
    if (document.pages > 0) writer.member("pages", document.pages);
    if (document.durationSeconds >= 0) writer.member("duration_seconds", document.durationSeconds);
    writeSaved(document.saved, writer);
    if (!document.slides.empty()) writeSlides(document, writer);
    writer.key("warnings");
    writeStrings(document.warnings, writer);
    writer.key("blocks");
    writer.beginArray();
    for (const auto& block : document.blocks) writeBlock(block, writer);
    writer.endArray();
    writer.endObject();
}

}  // namespace

std::string dumpJson(const Bundle& bundle) {
    JsonWriter writer;
    writer.beginObject();
    writer.member("schema_version", kSchemaVersion);
    writeTool(writer);
    writer.member("path", bundle.path);
    writer.member("container", bundle.container);
    writeNotices(bundle, writer);
    writer.key("documents");
    writer.beginArray();
    for (const auto& document : bundle.documents) writeDocument(document, writer);
    writer.endArray();
    writer.endObject();
    return writer.take();
}

}  // namespace showcase::report
