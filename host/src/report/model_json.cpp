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
    writer.key("part");
    writer.value(partName(block.part));
    writer.key("index");
    writer.value(block.index);
    writer.key("text");
    writer.value(block.text);
    if (!block.headingPath.empty()) {
        writer.key("heading_path");
        writeStrings(block.headingPath, writer);
    }
    if (block.headingLevel > 0) {
        writer.key("heading_level");
        writer.value(block.headingLevel);
    }
    if (block.listLevel >= 0) {
        writer.key("list_level");
        writer.value(block.listLevel);
    }
    if (!block.style.empty()) {
        writer.key("style");
        writer.value(block.style);
    }
    if (!block.listLabel.empty()) {
        writer.key("list_label");
        writer.value(block.listLabel);
    }
    if (block.flags != 0) writeFlags(block, writer);
    writer.endObject();
}

void writeIfKnown(const char* key, long long value, JsonWriter& writer) {
    if (value < 0) return;
    writer.key(key);
    writer.value(value);
}

void writeSaved(const SavedStatistics& saved, JsonWriter& writer) {
    writer.key("saved_statistics");
    writer.beginObject();
    if (!saved.application.empty()) {
        writer.key("application");
        writer.value(saved.application);
    }
    if (!saved.appVersion.empty()) {
        writer.key("app_version");
        writer.value(saved.appVersion);
    }
    writeIfKnown("words", saved.words, writer);
    writeIfKnown("characters", saved.characters, writer);
    writeIfKnown("slides", saved.slides, writer);
    writeIfKnown("hidden_slides", saved.hiddenSlides, writer);
    writeIfKnown("notes", saved.notes, writer);
    writeIfKnown("pages", saved.pages, writer);
    if (saved.includeNotesAndTextBoxes >= 0) {
        writer.key("include_notes_and_text_boxes");
        writer.value(saved.includeNotesAndTextBoxes == 1);
    }
    writer.endObject();
}

void writeSlides(const Document& document, JsonWriter& writer) {
    writer.key("slides");
    writer.beginArray();
    for (const auto& slide : document.slides) {
        writer.beginObject();
        writer.key("number");
        writer.value(slide.number);
        writer.key("hidden");
        writer.value(slide.hidden);
        writer.key("has_notes");
        writer.value(slide.hasNotes);
        writer.key("title");
        writer.value(slide.title);
        writer.endObject();
    }
    writer.endArray();
}

void writeDocument(const Document& document, JsonWriter& writer) {
    writer.beginObject();
    writer.key("path");
    writer.value(document.path);
    writer.key("format");
    writer.value(document.format);
    writer.key("media_type");
    writer.value(document.mediaType);
    writer.key("role");
    writer.value(roleName(document.role));
    writer.key("role_reason");
    writer.value(document.roleReason);
    writer.key("status");
    writer.value(readStatusName(document.status));
    writer.key("message");
    writer.value(document.message);
    writer.key("reader");
    writer.value(document.reader);
    writer.key("size");
    writer.value(static_cast<unsigned long long>(document.size));
    if (document.pages > 0) {
        writer.key("pages");
        writer.value(document.pages);
    }
    if (document.durationSeconds >= 0) {
        writer.key("duration_seconds");
        writer.value(document.durationSeconds);
    }
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
    writer.key("schema_version");
    writer.value(kSchemaVersion);
    writeTool(writer);
    writer.key("path");
    writer.value(bundle.path);
    writer.key("container");
    writer.value(bundle.container);
    writeNotices(bundle, writer);
    writer.key("documents");
    writer.beginArray();
    for (const auto& document : bundle.documents) writeDocument(document, writer);
    writer.endArray();
    writer.endObject();
    return writer.take();
}

}  // namespace showcase::report
