#include "roles.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "lower_case.hpp"

namespace showcase::bundle {
namespace {

// Words in a folder or file name that mean "supporting evidence, not the showcase itself".
const char* appendixMarker(const std::string& path) {
    static const std::array<const char*, 10> markers = {"appendi", "annex", "evidence", "supporting", "witness",
                                                        "testimon", "feedback", "statement", "certificate", "attachment"};
    const std::string name = lowerCase(path);
    for (const char* marker : markers) {
        if (name.find(marker) != std::string::npos) return marker;
    }
    return nullptr;
}

// Words in a file name that mean "this is the showcase itself".
const char* reportMarker(const std::string& path) {
    static const std::array<const char*, 5> markers = {"report", "showcase", "portfolio", "journal", "storyboard"};
    const auto slash = path.find_last_of('/');
    const std::string base = lowerCase(slash == std::string::npos ? path : path.substr(slash + 1));
    for (const char* marker : markers) {
        if (base.find(marker) != std::string::npos) return marker;
    }
    return nullptr;
}

bool isSlides(const Document& document) { return document.format == "pptx" || document.format == "odp"; }

bool isTextDocument(const Document& document) {
    static const std::array<const char*, 8> formats = {"docx", "odt", "pdf", "txt", "md", "doc", "rtf", "ole"};
    return std::any_of(formats.begin(), formats.end(), [&document](const char* f) { return document.format == f; });
}

std::size_t textSize(const Document& document) {
    std::size_t size = 0;
    for (const auto& block : document.blocks) size += block.text.size();
    return size;
}

}  // namespace

void assignRoles(Bundle& bundle) {
    Document* longest = nullptr;
    bool reportNamed = false;
    for (auto& document : bundle.documents) {
        const std::string& type = document.mediaType;
        if (type.rfind("audio/", 0) == 0 || type.rfind("video/", 0) == 0) {
            document.role = Role::Recording;
            document.roleReason = "audio or video file";
        } else if (type.rfind("image/", 0) == 0) {
            document.role = Role::Image;
            document.roleReason = "image file";
        } else if (const char* marker = appendixMarker(document.path)) {
            document.role = Role::Appendix;
            document.roleReason = std::string("its folder or name mentions '") + marker + "'";
        } else if (isSlides(document)) {
            document.role = Role::Slides;
            document.roleReason = "a slide deck";
        } else if (isTextDocument(document)) {
            if (const char* named = reportMarker(document.path)) {
                document.role = Role::Report;
                document.roleReason = std::string("its name mentions '") + named + "'";
                reportNamed = true;
            } else {
                document.role = Role::Appendix;
                document.roleReason = "a further document beside the showcase";
                if (document.status == ReadStatus::Read && (longest == nullptr || textSize(document) > textSize(*longest))) {
                    longest = &document;
                }
            }
        } else {
            document.role = Role::Other;
            document.roleReason = "not a document, deck or recording";
        }
    }
    const bool hasSlides = std::any_of(bundle.documents.begin(), bundle.documents.end(),
                                       [](const Document& d) { return d.role == Role::Slides; });
    if (!reportNamed && !hasSlides && longest != nullptr) {
        longest->role = Role::Report;
        longest->roleReason = "the longest document outside the appendix folders";
    }
}

}  // namespace showcase::bundle
