#include "json_support.hpp"
#include "report.hpp"

namespace showcase::report {
namespace {

Poco::JSON::Object::Ptr fileJson(const Document& document) {
    auto file = orderedObject();
    file->set("path", document.path);
    file->set("role", roleName(document.role));
    file->set("role_reason", document.roleReason);
    file->set("format", document.format);
    file->set("media_type", document.mediaType);
    file->set("size", document.size);
    file->set("reader", document.reader);
    file->set("status", readStatusName(document.status));
    file->set("message", document.message);
    return file;
}

Poco::JSON::Object::Ptr locationJson(const Location& location) {
    auto object = orderedObject();
    object->set("file", location.file);
    if (location.part) object->set("part", partName(*location.part));
    if (location.index > 0) object->set("index", location.index);
    if (!location.headingPath.empty()) object->set("heading_path", stringArray(location.headingPath));
    return object;
}

Poco::JSON::Object::Ptr findingJson(const Finding& finding) {
    auto object = orderedObject();
    object->set("check", finding.check);
    object->set("severity", severityName(finding.severity));
    object->set("message", finding.message);
    if (finding.value) object->set("value", *finding.value);
    if (finding.limit) object->set("limit", *finding.limit);
    if (finding.location) object->set("location", locationJson(*finding.location));
    return object;
}

}  // namespace

std::size_t countSeverity(const std::vector<Finding>& findings, Severity severity) {
    std::size_t count = 0;
    for (const auto& finding : findings) count += finding.severity == severity ? 1 : 0;
    return count;
}

Poco::JSON::Object::Ptr toJson(const Report& report) {
    auto root = orderedObject();
    root->set("schema_version", kSchemaVersion);
    root->set("tool", toolJson());

    auto bundle = orderedObject();
    bundle->set("path", report.bundle->path);
    bundle->set("container", report.bundle->container);
    Poco::JSON::Array::Ptr files = new Poco::JSON::Array;
    for (const auto& document : report.bundle->documents) files->add(fileJson(document));
    bundle->set("files", files);
    bundle->set("notices", noticesJson(*report.bundle));
    root->set("bundle", bundle);

    if (report.profileId.empty()) {
        root->set("profile", Poco::Dynamic::Var());
    } else {
        root->set("profile", report.profileId);
    }

    Poco::JSON::Array::Ptr plugins = new Poco::JSON::Array;
    for (const auto& run : report.runs) {
        auto object = orderedObject();
        object->set("id", run.id);
        object->set("version", run.version);
        object->set("status", run.status);
        if (!run.message.empty()) object->set("message", run.message);
        plugins->add(object);
    }
    for (const auto& refusal : report.refusals) {
        auto object = orderedObject();
        object->set("library", refusal.path);
        object->set("status", "refused");
        object->set("message", refusal.reason);
        plugins->add(object);
    }
    root->set("plugins", plugins);
    root->set("metrics", report.metrics ? report.metrics : orderedObject());

    Poco::JSON::Array::Ptr findings = new Poco::JSON::Array;
    for (const auto& finding : report.findings) findings->add(findingJson(finding));
    root->set("findings", findings);

    auto summary = orderedObject();
    summary->set("errors", countSeverity(report.findings, Severity::Error));
    summary->set("warnings", countSeverity(report.findings, Severity::Warning));
    summary->set("info", countSeverity(report.findings, Severity::Info));
    root->set("summary", summary);
    return root;
}


}  // namespace showcase::report
