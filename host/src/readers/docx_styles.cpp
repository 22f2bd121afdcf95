#include "docx_styles.hpp"

#include <cctype>
#include <optional>

#include "open_elements.hpp"
#include "xml_stream.hpp"

namespace showcase::readers::docx {
namespace {

constexpr std::string_view kWordTransitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kWordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view kMarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

// Where the styles handler is, one entry per open element.
enum class StyleTag { Other, Style, PPr, NumPr, RPr, Skip };

class StylesHandler : public XmlHandler {
public:
    StylesHandler(std::unordered_map<std::string, StyleInfo>& styles, std::string& defaultParagraph)
        : styles_(styles), defaultParagraph_(defaultParagraph) {}

    void startElement(const std::string& uri, const std::string& local,
                      const Poco::XML::Attributes& attrs) override {
        if (open_.opensInSkippedSubtree()) return;
        if (!isWordNamespace(uri)) {
            open_.push(StyleTag::Other);
            return;
        }
        const StyleTag parent = open_.innermost(StyleTag::Other);
        StyleTag tag = StyleTag::Other;
        if (local == "style" && open_.depth() == 1) {
            tag = StyleTag::Style;
            current_ = StyleInfo();
            const std::string* type = findAttribute(attrs, "type");
            current_.paragraphStyle = type == nullptr || *type == "paragraph";
            current_.characterStyle = type != nullptr && *type == "character";
            const std::string* id = findAttribute(attrs, "styleId");
            currentId_ = id != nullptr ? *id : std::string();
            const std::string* isDefault = findAttribute(attrs, "default");
            currentDefault_ = isDefault != nullptr && (*isDefault == "1" || *isDefault == "true" || *isDefault == "on");
            inStyle_ = true;
        } else if (parent == StyleTag::Style) {
            if (local == "name") {
                if (const std::string* value = findAttribute(attrs, "val")) current_.name = *value;
            } else if (local == "basedOn") {
                if (const std::string* value = findAttribute(attrs, "val")) current_.basedOn = *value;
            } else if (local == "pPr") {
                tag = StyleTag::PPr;
            } else if (local == "rPr") {
                tag = StyleTag::RPr;
            } else {
                open_.skipSubtree();  // tblStylePr, tblPr, trPr, tcPr ...: nothing a reader of text needs
                return;
            }
        } else if (parent == StyleTag::PPr) {
            if (local == "outlineLvl") {
                current_.ownOutline = intAttribute(attrs, "val", -1);
            } else if (local == "numPr") {
                tag = StyleTag::NumPr;
                current_.ownHasNumPr = true;
            } else {
                open_.skipSubtree();
                return;
            }
        } else if (parent == StyleTag::NumPr) {
            if (local == "ilvl") {
                current_.ownIlvl = intAttribute(attrs, "val", -1);
            } else if (local == "numId") {
                if (const std::string* value = findAttribute(attrs, "val")) current_.ownNumId = *value;
            }
        } else if (parent == StyleTag::RPr) {
            if (local == "vanish") {
                current_.ownVanish = onOffValue(attrs) ? 1 : 0;
            } else {
                open_.skipSubtree();
                return;
            }
        } else if (open_.depth() == 1 && local != "style") {
            open_.skipSubtree();  // docDefaults, latentStyles
            return;
        }
        open_.push(tag);
    }

    void endElement(const std::string&, const std::string&) override {
        const std::optional<StyleTag> tag = open_.close();
        if (tag == StyleTag::Style && inStyle_) {
            inStyle_ = false;
            if (currentId_.empty()) return;
            current_.nameLevel = current_.paragraphStyle ? headingLevelFromName(current_.name) : 0;
            current_.name = displayStyleName(current_.name.empty() ? currentId_ : current_.name);
            if (currentDefault_ && current_.paragraphStyle && defaultParagraph_.empty()) defaultParagraph_ = currentId_;
            styles_[currentId_] = std::move(current_);
        }
    }

    void characters(std::string_view) override {}

private:
    std::unordered_map<std::string, StyleInfo>& styles_;
    std::string& defaultParagraph_;
    OpenElements<StyleTag> open_;
    bool inStyle_ = false;
    bool currentDefault_ = false;
    StyleInfo current_;
    std::string currentId_;
};

// Looks for one top-level switch in settings.xml and ignores everything else.
class StatisticsSettingHandler : public XmlHandler {
public:
    void startElement(const std::string& uri, const std::string& local,
                      const Poco::XML::Attributes& attrs) override {
        ++depth_;
        if (depth_ == 2 && local == "doNotIncludeSubdocsInStats" && isWordNamespace(uri)) {
            excludesNotes = onOffValue(attrs);
        }
    }
    void endElement(const std::string&, const std::string&) override { --depth_; }
    void characters(std::string_view) override {}

    bool excludesNotes = false;

private:
    int depth_ = 0;
};

}  // namespace

bool isWordNamespace(const std::string& uri) { return uri == kWordTransitional || uri == kWordStrict; }

bool isMarkupCompatibilityNamespace(const std::string& uri) { return uri == kMarkupCompatibility; }

const std::string* findAttribute(const Poco::XML::Attributes& attributes, std::string_view local) {
    const int count = attributes.getLength();
    for (int i = 0; i < count; ++i) {
        if (attributes.getLocalName(i) == local) return &attributes.getValue(i);
    }
    return nullptr;
}

bool onOffValue(const Poco::XML::Attributes& attributes) {
    const std::string* value = findAttribute(attributes, "val");
    if (value == nullptr) return true;
    return !(*value == "0" || *value == "false" || *value == "off");
}

int intAttribute(const Poco::XML::Attributes& attributes, std::string_view local, int fallback) {
    const std::string* value = findAttribute(attributes, local);
    if (value == nullptr || value->empty()) return fallback;
    int result = 0;
    for (const char c : *value) {
        if (c < '0' || c > '9') return fallback;
        result = result * 10 + (c - '0');
        if (result > 1000000) return fallback;
    }
    return result;
}

int headingLevelFromName(std::string_view name) {
    // Word stores its built-in names in English ("heading 1", "Title") whatever the UI language,
    // but other tools write the localised display name; the common ones are accepted too.
    // Compared after ASCII lower-casing, so non-ASCII capitals are listed both ways.
    static constexpr std::string_view kHeadingWords[] = {
        "heading", "\xC3\xBC" "berschrift", "\xC3\x9C" "berschrift",  // German
        "titre", "t\xC3\xADtulo", "titulo", "titolo",                  // French, Spanish/Portuguese, Italian
        "kop", "rubrik", "overskrift", "otsikko", "pennawd", "nadpis",     // Dutch, Swedish, Danish/Norwegian...
        "nag\xC5\x82\xC3\xB3wek", "c\xC3\xADmsor",                   // Polish, Hungarian
    };
    static constexpr std::string_view kTitleWords[] = {"title", "titel", "titre", "t\xC3\xADtulo", "titolo"};
    std::string lowered(name);
    for (char& c : lowered) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    const std::string_view text(lowered);
    for (const auto word : kTitleWords) {
        if (text == word) return 1;
    }
    if (text.size() < 3 || text[text.size() - 2] != ' ') return 0;
    const char digit = text.back();
    if (digit < '1' || digit > '9') return 0;
    const std::string_view stem = text.substr(0, text.size() - 2);
    for (const auto word : kHeadingWords) {
        if (stem == word) return digit - '0';
    }
    return 0;
}

std::string displayStyleName(const std::string& name) {
    for (const char c : name) {
        if (std::isupper(static_cast<unsigned char>(c))) return name;
    }
    std::string shown = name;
    bool wordStart = true;
    for (char& c : shown) {
        if (wordStart && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        wordStart = c == ' ';
    }
    return shown;
}

void Styles::parse(const std::string& xml, const ReadContext& context, const std::string& partName) {
    StylesHandler handler(styles_, defaultParagraph_);
    parseXml(xml, handler, context, partName);
    resolve();
}

const StyleInfo* Styles::find(const std::string& styleId) const {
    if (styleId.empty()) return nullptr;
    const auto found = styles_.find(styleId);
    return found == styles_.end() ? nullptr : &found->second;
}

void Styles::resolve() {
    constexpr int kMaxChain = 32;  // basedOn loops exist in the wild
    for (auto& [id, style] : styles_) {
        bool headingKnown = false;
        bool numKnown = false;
        bool vanishKnown = false;
        const StyleInfo* link = &style;
        for (int step = 0; link != nullptr && step < kMaxChain; ++step) {
            if (!headingKnown) {
                if (link->ownOutline >= 0) {
                    style.headingLevel = link->ownOutline <= 8 ? link->ownOutline + 1 : 0;
                    headingKnown = true;
                } else if (link->nameLevel > 0) {
                    style.headingLevel = link->nameLevel;
                    headingKnown = true;
                }
            }
            if (!numKnown && link->ownHasNumPr) {
                style.hasNumPr = true;
                style.numId = link->ownNumId;
                style.ilvl = link->ownIlvl;
                numKnown = true;
            }
            if (!vanishKnown && link->ownVanish >= 0) {
                style.vanish = link->ownVanish;
                vanishKnown = true;
            }
            if (headingKnown && numKnown && vanishKnown) break;
            if (link->basedOn.empty() || link->basedOn == id) break;
            const auto next = styles_.find(link->basedOn);
            link = next == styles_.end() ? nullptr : &next->second;
        }
        if (!style.paragraphStyle) style.headingLevel = 0;
    }
}

bool excludesNotesFromStatistics(const std::string& settingsXml, const ReadContext& context,
                                 const std::string& partName) {
    StatisticsSettingHandler handler;
    parseXml(settingsXml, handler, context, partName);
    return handler.excludesNotes;
}

}  // namespace showcase::readers::docx
