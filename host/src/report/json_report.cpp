// The JSON envelope of `check --format json`: the contract every plugin's metrics extend.
#include "json_support.hpp"
#include "report.hpp"

namespace showcase::report {
namespace {

void writeFile(const Document& document, JsonWriter& writer) {
    writer.beginObject();
    writer.member("path", document.path);
    writer.member("role", roleName(document.role));
    writer.member("role_reason", document.roleReason);
    writer.member("format", document.format);
    writer.member("media_type", document.mediaType);
    writer.member("size", static_cast<unsigned long long>(document.size));
    writer.member("reader", document.reader);
    writer.member("status", readStatusName(document.status));
    writer.member("message", document.message);
    writer.endObject();
}

void writeBundle(const Bundle& bundle, JsonWriter& writer) {
    writer.key("bundle");
    writer.beginObject();
    writer.member("path", bundle.path);
    writer.member("container", bundle.container);
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
        writer.member("id", run.id);
        writer.member("version", run.version);
        writer.member("status", run.status);
        if (!run.message.empty()) writer.member("message", run.message);
        writer.endObject();
    }
    for (const auto& refusal : report.refusals) {
        writer.beginObject();
        writer.member("library", refusal.path);
        writer.member("status", "refused");
        writer.member("message", refusal.reason);
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
    writer.member("picked_by", profile->pickedBy);
    writer.member("reason", profile->reason);
    writer.endObject();
}

void writeLocation(const Location& location, JsonWriter& writer) {
    writer.key("location");
    writer.beginObject();
    writer.member("file", location.file);
    if (location.part) writer.member("part", partName(*location.part));
    if (location.index > 0) writer.member("index", location.index);
    if (!location.headingPath.empty()) {
        writer.key("heading_path");
        writeStrings(location.headingPath, writer);
    }
    writer.endObject();
}

void writeFinding(const Finding& finding, JsonWriter& writer) {
    writer.beginObject();
    writer.member("check", finding.check);
    writer.member("severity", severityName(finding.severity));
    writer.member("message", finding.message);
    if (finding.value) writer.member("value", *finding.value);
    if (finding.limit) writer.member("limit", *finding.limit);
    if (finding.location) writeLocation(*finding.location, writer);
    writer.endObject();
}

void writeSummary(const std::vector<Finding>& findings, JsonWriter& writer) {
    writer.key("summary");
    writer.beginObject();
    for (const auto severity : {Severity::Error, Severity::Warning, Severity::Info}) {
        const char* const name = severity == Severity::Error ? "errors" : severity == Severity::Warning ? "warnings" : "info";
        writer.member(name, static_cast<unsigned long long>(countSeverity(findings, severity)));
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
    writer.member("schema_version", kSchemaVersion);
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
