// bundle-inventory: what is in the bundle, what each file was taken to be, and what could not be read.
#include <map>

#include "plugin_support.hpp"
#include "showcase/plugin_api.hpp"

namespace {

using namespace showcase;

constexpr const char* kId = "bundle-inventory";

Finding fileFinding(Severity severity, const std::string& file, const std::string& message) {
    std::optional<Location> location;
    if (!file.empty()) location = Location{file, std::nullopt, 0, {}};
    return common::makeFinding(kId, severity, message, std::move(location));
}

Poco::JSON::Object::Ptr blocksPerPart(const Document& document) {
    std::map<std::string, int> counts;
    for (const auto& block : document.blocks) ++counts[partName(block.part)];
    Poco::JSON::Object::Ptr object = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& [part, count] : counts) object->set(part, count);
    return object;
}

class BundleInventory : public Plugin {
public:
    PluginInfo info() const override {
        return {kId, "1.0.0", "Lists each file of the bundle with its role and reader, and what could not be read.", {}};
    }

    void run(Analysis& analysis) override {
        const Bundle& bundle = analysis.bundle();
        std::map<std::string, int> byRole;
        std::map<std::string, int> byStatus;
        Poco::JSON::Array::Ptr files = new Poco::JSON::Array;
        bool hasShowcase = false;
        for (const auto& document : bundle.documents) {
            ++byRole[roleName(document.role)];
            ++byStatus[readStatusName(document.status)];
            const bool central = document.role == Role::Report || document.role == Role::Slides;
            hasShowcase = hasShowcase || (central && document.status == ReadStatus::Read);
            if (document.status == ReadStatus::Error) {
                analysis.report(fileFinding(central ? Severity::Error : Severity::Warning, document.path,
                                            "could not be read: " + document.message));
            } else if (document.status == ReadStatus::Unsupported) {
                analysis.report(fileFinding(Severity::Warning, document.path, "not read: " + document.message));
            }
            for (const auto& warning : document.warnings) {
                analysis.report(fileFinding(Severity::Info, document.path, warning));
            }
            Poco::JSON::Object::Ptr file = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
            file->set("path", document.path);
            file->set("role", roleName(document.role));
            file->set("reader", document.reader);
            file->set("status", readStatusName(document.status));
            file->set("blocks", static_cast<int>(document.blocks.size()));
            file->set("blocks_by_part", blocksPerPart(document));
            if (!document.slides.empty()) file->set("slides", static_cast<int>(document.slides.size()));
            if (document.pages > 0) file->set("pages", document.pages);
            files->add(file);
        }
        for (const auto& notice : bundle.notices) {
            analysis.report(fileFinding(Severity::Warning, notice.path, notice.kind + ": " + notice.message));
        }
        if (!hasShowcase) {
            analysis.report(common::makeFinding(kId, Severity::Error, "no readable report or slide deck found in the bundle"));
        }
        auto metrics = analysis.metrics();
        metrics->set("files", static_cast<int>(bundle.documents.size()));
        metrics->set("skipped", static_cast<int>(bundle.notices.size()));
        Poco::JSON::Object::Ptr roles = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        for (const auto& [role, count] : byRole) roles->set(role, count);
        metrics->set("by_role", roles);
        Poco::JSON::Object::Ptr statuses = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        for (const auto& [status, count] : byStatus) statuses->set(status, count);
        metrics->set("by_status", statuses);
        metrics->set("documents", files);
    }
};

}  // namespace

SHOWCASE_PLUGIN(BundleInventory)
