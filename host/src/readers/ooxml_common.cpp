#include "ooxml_common.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "xml_stream.hpp"

namespace showcase::readers::ooxml {
namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
            return false;
        }
    }
    return true;
}

// OPC part names are case-insensitive and may be written percent-encoded in targets.
std::string percentDecode(const std::string& text) {
    if (text.find('%') == std::string::npos) return text;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out += static_cast<char>(std::strtol(text.substr(i + 1, 2).c_str(), nullptr, 16));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

class RelsHandler : public XmlHandler {
public:
    RelsHandler(const std::string& sourcePart, std::vector<Relationship>& out) : source_(sourcePart), out_(out) {}

    void startElement(const std::string&, const std::string& local, const Poco::XML::Attributes& attrs) override {
        if (local != "Relationship") return;
        Relationship rel;
        rel.id = attribute(attrs, "Id");
        rel.type = attribute(attrs, "Type");
        rel.external = equalsIgnoreCase(attribute(attrs, "TargetMode"), "External");
        const std::string target = attribute(attrs, "Target");
        rel.target = rel.external ? target : resolvePartPath(source_, percentDecode(target));
        out_.push_back(std::move(rel));
    }
    void endElement(const std::string&, const std::string&) override {}
    void characters(std::string_view) override {}

private:
    const std::string& source_;
    std::vector<Relationship>& out_;
};

class ContentTypesHandler : public XmlHandler {
public:
    explicit ContentTypesHandler(std::vector<std::pair<std::string, std::string>>& out) : out_(out) {}

    void startElement(const std::string&, const std::string& local, const Poco::XML::Attributes& attrs) override {
        if (local == "Override") {
            std::string name = attribute(attrs, "PartName");
            if (!name.empty() && name.front() == '/') name.erase(0, 1);
            out_.emplace_back(std::move(name), attribute(attrs, "ContentType"));
        } else if (local == "Default") {
            out_.emplace_back("*." + attribute(attrs, "Extension"), attribute(attrs, "ContentType"));
        }
    }
    void endElement(const std::string&, const std::string&) override {}
    void characters(std::string_view) override {}

private:
    std::vector<std::pair<std::string, std::string>>& out_;
};

class AppHandler : public XmlHandler {
public:
    explicit AppHandler(SavedStatistics& saved) : saved_(saved) {}

    void startElement(const std::string&, const std::string& local, const Poco::XML::Attributes&) override {
        ++depth_;
        current_ = depth_ == 2 ? local : std::string();
        text_.clear();
    }
    void endElement(const std::string&, const std::string& local) override {
        if (depth_ == 2 && local == current_) store(local);
        current_.clear();
        --depth_;
    }
    void characters(std::string_view text) override {
        if (!current_.empty()) text_.append(text);
    }

private:
    static long long number(const std::string& text) {
        const char* begin = text.c_str();
        while (*begin == ' ' || *begin == '\t' || *begin == '\n' || *begin == '\r') ++begin;
        char* end = nullptr;
        const long long value = std::strtoll(begin, &end, 10);
        if (end == begin || value < 0) return -1;
        return value;
    }
    static std::string trimmed(const std::string& text) {
        const auto first = text.find_first_not_of(" \t\r\n");
        if (first == std::string::npos) return {};
        const auto last = text.find_last_not_of(" \t\r\n");
        return text.substr(first, last - first + 1);
    }
    void store(const std::string& local) {
        if (local == "Application") saved_.application = trimmed(text_);
        else if (local == "AppVersion") saved_.appVersion = trimmed(text_);
        else if (local == "Words") saved_.words = number(text_);
        else if (local == "Characters") saved_.characters = number(text_);
        else if (local == "Slides") saved_.slides = number(text_);
        else if (local == "HiddenSlides") saved_.hiddenSlides = number(text_);
        else if (local == "Notes") saved_.notes = number(text_);
    }

    SavedStatistics& saved_;
    int depth_ = 0;
    std::string current_;
    std::string text_;
};

// The part by exact name, or failing that by a case-insensitive match (OPC names are
// case-insensitive; a few producers disagree with their own relationship targets on case).
const std::string* findPart(const Package& package, const std::string& name) {
    if (const std::string* found = package.part(name)) return found;
    for (const auto& candidate : package.names()) {
        if (equalsIgnoreCase(candidate, name)) return package.part(candidate);
    }
    return nullptr;
}

}  // namespace

bool isXmlOrRels(const std::string& name) {
    auto endsWith = [&name](std::string_view suffix) {
        return name.size() >= suffix.size() &&
               equalsIgnoreCase(std::string_view(name).substr(name.size() - suffix.size()), suffix);
    };
    return endsWith(".xml") || endsWith(".rels");
}

std::string relationshipsPartName(const std::string& sourcePart) {
    if (sourcePart.empty()) return "_rels/.rels";
    const auto slash = sourcePart.rfind('/');
    if (slash == std::string::npos) return "_rels/" + sourcePart + ".rels";
    return sourcePart.substr(0, slash) + "/_rels/" + sourcePart.substr(slash + 1) + ".rels";
}

std::vector<Relationship> readRelationships(const Package& package, const std::string& sourcePart,
                                            const ReadContext& context) {
    std::vector<Relationship> relationships;
    const std::string relsName = relationshipsPartName(sourcePart);
    const std::string* xml = findPart(package, relsName);
    if (xml == nullptr) return relationships;
    RelsHandler handler(sourcePart, relationships);
    parseXml(*xml, handler, context, relsName);
    return relationships;
}

bool typeEndsWith(std::string_view type, std::string_view typeSuffix) {
    if (!typeSuffix.empty() && typeSuffix.front() == '/') typeSuffix.remove_prefix(1);
    if (type.size() < typeSuffix.size() + 1) return false;
    return type.substr(type.size() - typeSuffix.size()) == typeSuffix &&
           type[type.size() - typeSuffix.size() - 1] == '/';
}

const Relationship* findByType(const std::vector<Relationship>& relationships, std::string_view typeSuffix) {
    for (const auto& rel : relationships) {
        if (!rel.external && typeEndsWith(rel.type, typeSuffix)) return &rel;
    }
    return nullptr;
}

std::vector<const Relationship*> findAllByType(const std::vector<Relationship>& relationships,
                                               std::string_view typeSuffix) {
    std::vector<const Relationship*> found;
    for (const auto& rel : relationships) {
        if (!rel.external && typeEndsWith(rel.type, typeSuffix)) found.push_back(&rel);
    }
    return found;
}

std::string findMainPart(const Package& package, std::string_view typeSuffix, const ReadContext& context,
                         const std::string& fallbackPart) {
    const auto relationships = readRelationships(package, "", context);
    if (const Relationship* rel = findByType(relationships, typeSuffix)) {
        if (package.part(rel->target) != nullptr) return rel->target;
        for (const auto& candidate : package.names()) {
            if (equalsIgnoreCase(candidate, rel->target) && package.part(candidate) != nullptr) return candidate;
        }
    }
    if (!fallbackPart.empty() && package.part(fallbackPart) != nullptr) return fallbackPart;
    return {};
}

std::vector<std::pair<std::string, std::string>> readContentTypes(const Package& package,
                                                                  const ReadContext& context) {
    std::vector<std::pair<std::string, std::string>> types;
    const std::string* xml = package.part("[Content_Types].xml");
    if (xml == nullptr) return types;
    ContentTypesHandler handler(types);
    parseXml(*xml, handler, context, "[Content_Types].xml");
    return types;
}

bool readAppStatistics(const Package& package, SavedStatistics& saved, const ReadContext& context) {
    std::string name = "docProps/app.xml";
    try {
        const auto relationships = readRelationships(package, "", context);
        if (const Relationship* rel = findByType(relationships, "extended-properties")) name = rel->target;
    } catch (const ReadError&) {
        // A damaged _rels/.rels is reported by the caller when it matters; try the usual name.
    }
    const std::string* xml = findPart(package, name);
    if (xml == nullptr && name != "docProps/app.xml") xml = findPart(package, "docProps/app.xml");
    if (xml == nullptr) return false;
    SavedStatistics read;
    AppHandler handler(read);
    try {
        parseXml(*xml, handler, context, name);
    } catch (const ReadError&) {
        return false;  // metadata only: a damaged app.xml must not cost the document its text
    }
    saved.application = std::move(read.application);
    saved.appVersion = std::move(read.appVersion);
    saved.words = read.words;
    saved.characters = read.characters;
    saved.slides = read.slides;
    saved.hiddenSlides = read.hiddenSlides;
    saved.notes = read.notes;
    return true;
}

}  // namespace showcase::readers::ooxml
