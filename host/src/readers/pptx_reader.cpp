// PowerPoint decks (.pptx, Transitional and Strict): slides in presentation order, their text
// by shape and paragraph, and the speaker notes.
//
// Counting follows PowerPoint's own docProps/app.xml: every slide listed in p:sldIdLst counts
// (hidden ones included), a slide is hidden when p:sld has show="0", and a slide "has notes"
// when it has a notes-slide part, even an empty one.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ooxml_common.hpp"
#include "package.hpp"
#include "readers.hpp"
#include "xml_stream.hpp"

namespace showcase::readers {
namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

/// The part by exact name, or by a case-insensitive match (OPC part names ignore case); the
/// name found is stored in `actual`.
const std::string* findPart(const Package& package, const std::string& name, std::string* actual = nullptr) {
    if (const std::string* found = package.part(name)) {
        if (actual != nullptr) *actual = name;
        return found;
    }
    for (const auto& candidate : package.names()) {
        if (equalsIgnoreCase(candidate, name)) {
            if (const std::string* found = package.part(candidate)) {
                if (actual != nullptr) *actual = candidate;
                return found;
            }
        }
    }
    return nullptr;
}

/// The r:id attribute (local name "id" in the relationships namespace), not the plain "id".
std::string relationshipId(const Poco::XML::Attributes& attributes) {
    const int count = attributes.getLength();
    for (int i = 0; i < count; ++i) {
        if (attributes.getLocalName(i) == "id" && !attributes.getURI(i).empty()) return attributes.getValue(i);
    }
    return {};
}

bool isFalse(const std::string& value) { return value == "0" || value == "false"; }

// p:sldIdLst of presentation.xml: the slides' relationship ids in presentation order.
class PresentationHandler : public XmlHandler {
public:
    void startElement(const std::string&, const std::string& local, const Poco::XML::Attributes& attrs) override {
        if (root.empty()) root = local;
        if (local == "sldIdLst") {
            ++inList_;
        } else if (local == "sldId" && inList_ > 0) {
            slideIds.push_back(relationshipId(attrs));
        }
    }
    void endElement(const std::string&, const std::string& local) override {
        if (local == "sldIdLst") --inList_;
    }
    void characters(std::string_view) override {}

    std::vector<std::string> slideIds;
    std::string root;  ///< the main part's root element: "presentation" for a deck

private:
    int inList_ = 0;
};

/// Markup Compatibility: reads the first mc:Choice of an mc:AlternateContent and skips the
/// others and mc:Fallback (read only when there was no Choice). Shared by the slide handlers.
class SkippingHandler : public XmlHandler {
public:
    void startElement(const std::string& uri, const std::string& local, const Poco::XML::Attributes& attrs) final {
        if (skipDepth_ > 0) {
            ++skipDepth_;
            return;
        }
        const std::string_view name = local;
        if (name == "AlternateContent") {
            alternatives_.push_back(false);
            return;
        }
        if ((name == "Choice" || name == "Fallback") && !alternatives_.empty()) {
            if (alternatives_.back()) {
                skipDepth_ = 1;
            } else {
                alternatives_.back() = true;
            }
            return;
        }
        start(uri, local, attrs);
    }
    void endElement(const std::string& uri, const std::string& local) final {
        if (skipDepth_ > 0) {
            --skipDepth_;
            return;
        }
        const std::string_view name = local;
        if (name == "AlternateContent") {
            if (!alternatives_.empty()) alternatives_.pop_back();
            return;
        }
        if ((name == "Choice" || name == "Fallback") && !alternatives_.empty()) return;
        end(uri, local);
    }
    void characters(std::string_view text) final {
        if (skipDepth_ == 0) text_(text);
    }

protected:
    virtual void start(const std::string& uri, const std::string& local, const Poco::XML::Attributes& attrs) = 0;
    virtual void end(const std::string& uri, const std::string& local) = 0;
    virtual void text_(std::string_view text) = 0;

private:
    int skipDepth_ = 0;
    std::vector<bool> alternatives_;
};

/// A paragraph of text collected from a slide or notes page, with the shape it came from.
struct Paragraph {
    std::string text;
    std::string placeholder;  ///< p:ph type of the enclosing shape ("" when not a placeholder)
    bool inTable = false;
};

/// The elements ShapeTextHandler acts on, by local name.
enum class Tag { Other, Slide, Shape, Placeholder, Table, Paragraph, Text, Break, Field };

// Called for every element of every slide and notes page: names are told apart by length first,
// so most elements cost a comparison or two.
Tag tagOf(std::string_view local) {
    switch (local.size()) {
    case 1:
        if (local == "p") return Tag::Paragraph;
        if (local == "t") return Tag::Text;
        return Tag::Other;
    case 2:
        if (local == "sp") return Tag::Shape;
        if (local == "ph") return Tag::Placeholder;
        if (local == "br") return Tag::Break;
        return Tag::Other;
    case 3:
        if (local == "sld") return Tag::Slide;
        if (local == "pic") return Tag::Shape;
        if (local == "tbl") return Tag::Table;
        if (local == "fld") return Tag::Field;
        return Tag::Other;
    case 5:
        return local == "cxnSp" ? Tag::Shape : Tag::Other;
    case 12:
        return local == "graphicFrame" ? Tag::Shape : Tag::Other;
    default:
        return Tag::Other;
    }
}

// The text of a slide or a notes slide: one Paragraph per a:p with text, in document order.
class ShapeTextHandler : public SkippingHandler {
public:
    explicit ShapeTextHandler(int slideNumber) : slideNumber_(std::to_string(slideNumber)) {}

    std::vector<Paragraph> paragraphs;
    bool hidden = false;

protected:
    void start(const std::string&, const std::string& local, const Poco::XML::Attributes& attrs) override {
        switch (tagOf(local)) {
        case Tag::Slide:
            hidden = isFalse(attribute(attrs, "show"));
            break;
        case Tag::Shape:
            shapes_.emplace_back();
            break;
        case Tag::Placeholder:
            // A placeholder without a type is a content ("obj") placeholder.
            if (!shapes_.empty()) {
                std::string type = attribute(attrs, "type");
                shapes_.back() = type.empty() ? "obj" : std::move(type);
            }
            break;
        case Tag::Table:
            ++tables_;
            break;
        case Tag::Paragraph:
            ++paragraphDepth_;
            current_.clear();
            break;
        case Tag::Text:
            if (paragraphDepth_ > 0) ++textDepth_;
            break;
        case Tag::Break:
            if (paragraphDepth_ > 0) current_ += ' ';
            break;
        case Tag::Field:
            // A slide-number field shows the slide's number; its stored text may be stale or the
            // template's "<#>" mark.
            if (paragraphDepth_ > 0 && attribute(attrs, "type") == "slidenum") {
                current_ += slideNumber_;
                ++numberField_;
            }
            break;
        case Tag::Other:
            break;
        }
    }

    void end(const std::string&, const std::string& local) override {
        switch (tagOf(local)) {
        case Tag::Shape:
            if (!shapes_.empty()) shapes_.pop_back();
            break;
        case Tag::Table:
            if (tables_ > 0) --tables_;
            break;
        case Tag::Text:
            if (textDepth_ > 0) --textDepth_;
            break;
        case Tag::Field:
            if (numberField_ > 0) --numberField_;
            break;
        case Tag::Paragraph:
            if (paragraphDepth_ > 0 && --paragraphDepth_ == 0) finishParagraph();
            break;
        default:
            break;
        }
    }

    void text_(std::string_view text) override {
        if (textDepth_ > 0 && numberField_ == 0) current_.append(text.data(), text.size());
    }

private:
    void finishParagraph() {
        // Tabs, vertical tabs (PowerPoint's soft returns) and stray line ends read as spaces.
        for (char& c : current_) {
            if (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') c = ' ';
        }
        std::size_t first = 0;
        while (first < current_.size() && current_[first] == ' ') ++first;
        std::size_t last = current_.size();
        while (last > first && current_[last - 1] == ' ') --last;
        if (first < last) {
            Paragraph paragraph;
            paragraph.text.assign(current_, first, last - first);
            paragraph.placeholder = shapes_.empty() ? std::string() : shapes_.back();
            paragraph.inTable = tables_ > 0;
            paragraphs.push_back(std::move(paragraph));
        }
        current_.clear();
        textDepth_ = 0;
    }

    std::string slideNumber_;
    int numberField_ = 0;
    std::vector<std::string> shapes_;  ///< placeholder type per open shape
    int tables_ = 0;
    int paragraphDepth_ = 0;
    int textDepth_ = 0;
    std::string current_;
};

bool isTitlePlaceholder(const std::string& type) { return type == "title" || type == "ctrTitle"; }

}  // namespace

void readPptx(std::string_view bytes, Document& document, const ReadContext& context) {
    document.reader = "pptx";
    const Package package(bytes, ooxml::isXmlOrRels, context);
    document.expandedBytes = package.expandedBytes();

    const std::string main = ooxml::findMainPart(package, "officeDocument", context, "ppt/presentation.xml");
    if (main.empty()) {
        throw ReadError("not a PowerPoint presentation: the package has no presentation part");
    }
    PresentationHandler presentation;
    parseXml(*package.part(main), presentation, context, main);
    if (presentation.root != "presentation") {
        throw ReadError("not a PowerPoint presentation: the main part '" + main + "' is a <" + presentation.root +
                        "> document");
    }

    const auto presentationRels = ooxml::readRelationships(package, main, context);
    std::unordered_map<std::string, const ooxml::Relationship*> byId;
    for (const auto& rel : presentationRels) byId.emplace(rel.id, &rel);

    int number = 0;
    for (const auto& id : presentation.slideIds) {
        const auto found = byId.find(id);
        if (found == byId.end() || found->second->external || !ooxml::typeEndsWith(found->second->type, "slide")) {
            document.warnings.push_back("the slide list names relationship '" + id +
                                        "', which is not a slide; skipped");
            continue;
        }
        std::string slidePart;
        const std::string* slideXml = findPart(package, found->second->target, &slidePart);
        if (slideXml == nullptr) {
            document.warnings.push_back("slide part '" + found->second->target + "' is missing; skipped");
            continue;
        }
        ++number;
        ShapeTextHandler slide(number);
        parseXml(*slideXml, slide, context, slidePart);

        SlideInfo info;
        info.number = number;
        info.hidden = slide.hidden;
        const std::uint32_t flags = slide.hidden ? kHiddenSlide : 0U;
        const std::size_t firstBlock = document.blocks.size();
        for (auto& paragraph : slide.paragraphs) {
            Block block;
            block.index = number;
            block.flags = flags;
            if (paragraph.inTable) {
                block.part = Part::Table;
            } else if (isTitlePlaceholder(paragraph.placeholder)) {
                block.part = Part::SlideTitle;
                if (!info.title.empty()) info.title += ' ';
                info.title += paragraph.text;
            } else {
                block.part = Part::SlideBody;
            }
            block.text = std::move(paragraph.text);
            document.blocks.push_back(std::move(block));
        }

        // Speaker notes: the body placeholder of the notes slide only (not the slide image,
        // the slide number, the header, footer or date).
        const auto slideRels = ooxml::readRelationships(package, slidePart, context);
        if (const auto* notesRel = ooxml::findByType(slideRels, "notesSlide")) {
            std::string notesPart;
            if (const std::string* notesXml = findPart(package, notesRel->target, &notesPart)) {
                info.hasNotes = true;
                ShapeTextHandler notes(number);
                parseXml(*notesXml, notes, context, notesPart);
                for (auto& paragraph : notes.paragraphs) {
                    if (paragraph.placeholder != "body" || paragraph.inTable) continue;
                    Block block;
                    block.text = std::move(paragraph.text);
                    block.part = Part::Notes;
                    block.index = number;
                    block.flags = flags;
                    document.blocks.push_back(std::move(block));
                }
            } else {
                document.warnings.push_back("the notes part '" + notesRel->target + "' of slide " +
                                            std::to_string(number) + " is missing");
            }
        }
        if (!info.title.empty()) {
            for (std::size_t i = firstBlock; i < document.blocks.size(); ++i) {
                document.blocks[i].headingPath.assign(1, info.title);
            }
        }
        document.slides.push_back(std::move(info));
    }

    ooxml::readAppStatistics(package, document.saved, context);
}

}  // namespace showcase::readers
