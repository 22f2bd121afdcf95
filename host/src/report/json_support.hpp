// Pieces of JSON that the envelope and the dump share.
#pragma once

#include "json_writer.hpp"
#include "showcase/document.hpp"
#include "showcase_version.hpp"

namespace showcase::report {

/// "tool": {"name": "showcase", "version": ...}: the same in every output.
inline void writeTool(JsonWriter& writer) {
    writer.key("tool");
    writer.beginObject();
    writer.member("name", "showcase");
    writer.member("version", kVersion);
    writer.endObject();
}

/// "notices": the entries the bundle reader refused or noticed.
inline void writeNotices(const Bundle& bundle, JsonWriter& writer) {
    writer.key("notices");
    writer.beginArray();
    for (const auto& notice : bundle.notices) {
        writer.beginObject();
        writer.member("path", notice.path);
        writer.member("kind", notice.kind);
        writer.member("message", notice.message);
        writer.endObject();
    }
    writer.endArray();
}

/// A list of strings (heading paths).
inline void writeStrings(const std::vector<std::string>& values, JsonWriter& writer) {
    writer.beginArray();
    for (const auto& value : values) writer.value(value);
    writer.endArray();
}

}  // namespace showcase::report
