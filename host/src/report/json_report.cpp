// The JSON envelope of `check --format json`: the contract every plugin's metrics extend.
#include "json_support.hpp"
#include "report.hpp"

namespace showcase::report {
namespace {

void writeString(const char* key, const std::string& value, JsonWriter& writer) {
    writer.key(key);
    writer.value(value);
}

void writeFile(const Document& document, JsonWriter& writer) {
    writer.beginObject();
    writeString("path", document.path, writer);
    writeString("role", roleName(document.role), writer);
    writeString("role_reason", document.roleReason, writer);
    writeString("format", document.format, writer);
    writeString("media_type", document.mediaType, writer);
    writer.key("size");
    writer.value(static_cast<unsigned long long>(document.size));
    writeString("reader", document.reader, writer);
    writeString("status", readStatusName(document.status), writer);
    writeString("message", document.message, writer);
    writer.endObject();
}

void writeBundle(const Bundle& bundle, JsonWriter& writer) {
    writer.key("bundle");
    writer.beginObject();
    writeString("path", bundle.path, writer);
    writeString("container", bundle.container, writer);
    writer.key("files");
    writer.beginArray();
    for (const auto& document : bundle.documents) writeFile(document, writer);
    writer.endArray();
    writeNotices(bundle, writer);
    writer.endObject();
}

void writePlugins(const Report& report, JsonWriter& writer) {
    writer.key("plugins");
    writer.beginArray();
    for (const auto& run : report.runs) {
        writer.beginObject();
        writeString("id", run.id, writer);
        writeString("version", run.version, writer);
        writeString("status", run.status, writer);
        if (!run.message.empty()) writeString("message", run.message, writer);
        writer.endObject();
    }
    for (const auto& refusal : report.refusals) {
        writer.beginObject();
        writeString("library", refusal.path, writer);
        writeString("status", "refused", writer);
        writeString("message", refusal.reason, writer);
        writer.endObject();
    }
    writer.endArray();
}

void writeStringOrNull(const char* key, const std::string& value, JsonWriter& writer) {
    writer.key(key);
    if (value.empty()) writer.null(); else writer.value(value);
}

void writeProfile(const std::optional<ProfileChoice>& profile, JsonWriter& writer) {
    writer.key("profile");
    if (!profile) return writer.null();
    writer.beginObject();
    writeStringOrNull("id", profile->id, writer);
    writeStringOrNull("epao", profile->epao, writer);
    writeStringOrNull("option", profile->option, writer);
    writeString("picked_by", profile->pickedBy, writer);
    writeString("reason", profile->reason, writer);
    writer.endObject();
}

void writeLocation(const Location& location, JsonWriter& writer) {
    writer.key("location");
    writer.beginObject();
    writeString("file", location.file, writer);
    if (location.part) writeString("part", partName(*location.part), writer);
    if (location.index > 0) {
        writer.key("index");
        writer.value(location.index);
    }
    if (!location.headingPath.empty()) {
        writer.key("heading_path");
        writeStrings(location.headingPath, writer);
    }
    writer.endObject();
}

void writeFinding(const Finding& finding, JsonWriter& writer) {
    writer.beginObject();
    writeString("check", finding.check, writer);
    writeString("severity", severityName(finding.severity), writer);
    writeString("message", finding.message, writer);
    if (finding.value) {
        writer.key("value");
        writer.value(*finding.value);
    }
    if (finding.limit) {
        writer.key("limit");
        writer.value(*finding.limit);
    }
    if (finding.location) writeLocation(*finding.location, writer);
    writer.endObject();
}

void writeSummary(const std::vector<Finding>& findings, JsonWriter& writer) {
    writer.key("summary");
    writer.beginObject();
    for (const auto severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        writer.key(severity == Severity::Error ? "errors" : severity == Severity::Warning ? "warnings" : "info");
        writer.value(static_cast<unsigned long long>(countSeverity(findings, severity)));
    }
    writer.endObject();
}

}  // namespace

std::size_t countSeverity(const std::vector<Finding>& findings, Severity severity) {
    std::size_t count = 0;
    for (const auto& finding : findings) count += finding.severity == severity ? 1 : 0;
    return count;
}

std::string toJson(const Report& report) {
    JsonWriter writer;
    writer.beginObject();
    writeString("schema_version", kSchemaVersion, writer);
    writeTool(writer);
    writeBundle(*report.bundle, writer);
    writeProfile(report.profile, writer);
    writePlugins(report, writer);
    writer.key("metrics");
    if (report.metrics.isNull()) {
        writer.beginObject();
        writer.endObject();
    } else {
        writeVar(report.metrics, writer);
    }
    writer.key("findings");
    writer.beginArray();
    for (const auto& finding : report.findings) writeFinding(finding, writer);
    writer.endArray();
    writeSummary(report.findings, writer);
    writer.endObject();
    return writer.take();
}

}  // namespace showcase::report
