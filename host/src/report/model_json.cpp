#include "json_support.hpp"
#include "report.hpp"

namespace showcase::report {
namespace {

Poco::JSON::Array::Ptr flagNames(const Block& block) {
    static const std::pair<BlockFlag, const char*> names[] = {
        {kHiddenText, "hidden_text"}, {kTrackedDeletion, "tracked_deletion"}, {kHiddenSlide, "hidden_slide"},
        {kBeyondLimit, "beyond_limit"}, {kHeading, "heading"}, {kListItem, "list_item"},
    };
    Poco::JSON::Array::Ptr flags = new Poco::JSON::Array;
    for (const auto& [flag, name] : names) {
        if (block.has(flag)) flags->add(name);
    }
    return flags;
}

Poco::JSON::Object::Ptr blockJson(const Block& block) {
    auto object = orderedObject();
    object->set("part", partName(block.part));
    object->set("index", block.index);
    object->set("text", block.text);
    if (!block.headingPath.empty()) object->set("heading_path", stringArray(block.headingPath));
    if (block.headingLevel > 0) object->set("heading_level", block.headingLevel);
    if (block.listLevel >= 0) object->set("list_level", block.listLevel);
    if (!block.style.empty()) object->set("style", block.style);
    if (block.flags != 0) object->set("flags", flagNames(block));
    return object;
}

void setIfKnown(Poco::JSON::Object::Ptr object, const char* key, long long value) {
    if (value >= 0) object->set(key, value);
}

Poco::JSON::Object::Ptr savedJson(const SavedStatistics& saved) {
    auto object = orderedObject();
    if (!saved.application.empty()) object->set("application", saved.application);
    if (!saved.appVersion.empty()) object->set("app_version", saved.appVersion);
    setIfKnown(object, "words", saved.words);
    setIfKnown(object, "characters", saved.characters);
    setIfKnown(object, "slides", saved.slides);
    setIfKnown(object, "hidden_slides", saved.hiddenSlides);
    setIfKnown(object, "notes", saved.notes);
    return object;
}

Poco::JSON::Object::Ptr documentJson(const Document& document) {
    auto object = orderedObject();
    object->set("path", document.path);
    object->set("format", document.format);
    object->set("media_type", document.mediaType);
    object->set("role", roleName(document.role));
    object->set("role_reason", document.roleReason);
    object->set("status", readStatusName(document.status));
    object->set("message", document.message);
    object->set("reader", document.reader);
    object->set("size", document.size);
    if (document.pages > 0) object->set("pages", document.pages);
    object->set("saved_statistics", savedJson(document.saved));
    if (!document.slides.empty()) {
        Poco::JSON::Array::Ptr slides = new Poco::JSON::Array;
        for (const auto& slide : document.slides) {
            auto item = orderedObject();
            item->set("number", slide.number);
            item->set("hidden", slide.hidden);
            item->set("has_notes", slide.hasNotes);
            item->set("title", slide.title);
            slides->add(item);
        }
        object->set("slides", slides);
    }
    object->set("warnings", stringArray(document.warnings));
    Poco::JSON::Array::Ptr blocks = new Poco::JSON::Array;
    for (const auto& block : document.blocks) blocks->add(blockJson(block));
    object->set("blocks", blocks);
    return object;
}

}  // namespace

Poco::JSON::Object::Ptr bundleToJson(const Bundle& bundle) {
    auto root = orderedObject();
    root->set("schema_version", kSchemaVersion);
    root->set("tool", toolJson());
    root->set("path", bundle.path);
    root->set("container", bundle.container);
    root->set("notices", noticesJson(bundle));
    Poco::JSON::Array::Ptr documents = new Poco::JSON::Array;
    for (const auto& document : bundle.documents) documents->add(documentJson(document));
    root->set("documents", documents);
    return root;
}

}  // namespace showcase::report
