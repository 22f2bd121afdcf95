// OpenDocument text (.odt) and presentations (.odp): content.xml for the text, styles.xml for
// style names and page headers/footers, meta.xml for the statistics the application saved.
//
// One block per text:p / text:h. Paragraphs nested inside another paragraph (a footnote body,
// a text box or a comment anchored in it) are emitted right after the paragraph that holds
// them, so the blocks keep reading order. Whitespace follows the ODF rules: runs of white space
// in the XML collapse to one space, text:s / text:tab / text:line-break are explicit spaces.
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "open_elements.hpp"
#include "package.hpp"
#include "readers.hpp"
#include "xml_stream.hpp"

namespace showcase::readers {
namespace {

enum class Ns { Other, Text, Table, Draw, Office, Style, Presentation, Meta, Dc, Svg };

Ns nsOf(const std::string& uri) {
    static const std::string_view kOasis = "urn:oasis:names:tc:opendocument:xmlns:";
    if (uri.compare(0, kOasis.size(), kOasis) == 0) {
        const std::string_view rest = std::string_view(uri).substr(kOasis.size());
        auto is = [&rest](std::string_view name) {
            return rest.size() > name.size() && rest.compare(0, name.size(), name) == 0 && rest[name.size()] == ':';
        };
        if (is("text")) return Ns::Text;
        if (is("table")) return Ns::Table;
        if (is("drawing")) return Ns::Draw;
        if (is("office")) return Ns::Office;
        if (is("style")) return Ns::Style;
        if (is("presentation")) return Ns::Presentation;
        if (is("meta")) return Ns::Meta;
        if (is("svg-compatible")) return Ns::Svg;
        return Ns::Other;
    }
    if (uri == "http://purl.org/dc/elements/1.1/") return Ns::Dc;
    return Ns::Other;
}

/// LibreOffice writes spaces in style names as "_20_" (and other characters as _xx_).
std::string decodeStyleName(const std::string& name) {
    if (name.find('_') == std::string::npos) return name;
    std::string out;
    out.reserve(name.size());
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '_') {
            const auto close = name.find('_', i + 1);
            if (close != std::string::npos && close > i + 1 && close - i - 1 <= 4) {
                const std::string hex = name.substr(i + 1, close - i - 1);
                char* end = nullptr;
                const long value = std::strtol(hex.c_str(), &end, 16);
                if (*end == '\0' && value >= 0x20 && value < 0x7F) {
                    out += static_cast<char>(value);
                    i = close;
                    continue;
                }
            }
        }
        out += name[i];
    }
    return out;
}

/// What the reader knows about the styles of a document (from styles.xml and content.xml).
struct StyleTable {
    struct Style {
        std::string displayName;
        std::string parent;
        bool automatic = false;
    };
    std::map<std::string, Style> paragraph;  ///< paragraph styles by style:name
    std::set<std::string> hiddenPages;      ///< drawing-page styles with presentation:visibility="hidden"

    std::string displayName(const std::string& name) const {
        std::string current = name;
        for (int guard = 0; guard < 16 && !current.empty(); ++guard) {
            const auto found = paragraph.find(current);
            if (found == paragraph.end()) return decodeStyleName(current);
            if (!found->second.automatic) {
                return found->second.displayName.empty() ? decodeStyleName(current) : found->second.displayName;
            }
            current = found->second.parent;
        }
        return {};
    }
};

enum class Mode { Text, Presentation, Styles };

class OdfHandler : public XmlHandler {
public:
    OdfHandler(Mode mode, StyleTable& styles, Document& document)
        : mode_(mode), styles_(styles), document_(document) {
        open_.reserve(64);
    }

    void startElement(const std::string& uri, const std::string& local, const Poco::XML::Attributes& attrs) override {
        if (open_.opensInSkippedSubtree()) return;
        const Ns ns = nsOf(uri);
        closer_ = Closer::None;
        switch (ns) {
            case Ns::Text: startText(local, attrs); break;
            case Ns::Table: startTable(local); break;
            case Ns::Draw: startDraw(local, attrs); break;
            case Ns::Office: startOffice(local); break;
            case Ns::Style: startStyle(local, attrs); break;
            case Ns::Presentation: startPresentation(local); break;
            case Ns::Dc:
            case Ns::Meta:
            case Ns::Svg:
                // dc:creator / dc:date of comments and changes, svg:title / svg:desc of frames.
                skip();
                break;
            case Ns::Other: break;
        }
        if (!open_.skipping()) open_.push(closer_);
    }

    void endElement(const std::string&, const std::string&) override {
        const std::optional<Closer> closer = open_.close();
        if (!closer) return;
        switch (*closer) {
            case Closer::None: break;
            case Closer::Paragraph: finishParagraph(); break;
            case Closer::Container: containers_.pop_back(); break;
            case Closer::List: --listDepth_; break;
            case Closer::ListItem: --listItemDepth_; break;
            case Closer::Deletion: --deletionDepth_; break;
            case Closer::TrackedChanges: --trackedChangesDepth_; break;
            case Closer::HiddenSection: --hiddenDepth_; break;
            case Closer::Page: finishPage(); break;
            case Closer::Style: currentStyle_.clear(); break;
            case Closer::Automatic: inAutomaticStyles_ = false; break;
            case Closer::MasterPage:
                --masterDepth_;
                containers_.pop_back();
                break;
            case Closer::Notes:
                containers_.pop_back();
                inNotes_ = false;
                break;
        }
    }

    void characters(std::string_view text) override {
        if (open_.skipping() || paragraphs_.empty() || !collecting_()) return;
        std::string& out = paragraphs_.back().text;
        for (const char c : text) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (!out.empty() && out.back() != ' ') out += ' ';
            } else {
                out += c;
            }
        }
    }

    /// Blocks of the text body (odt and header/footer) in reading order.
    std::vector<Block> blocks;
    /// The kind of document office:body held: "text", "presentation", "spreadsheet"...
    std::string bodyKind;

private:
    enum class Closer {
        None, Paragraph, Container, List, ListItem, Deletion, TrackedChanges, HiddenSection, Page, Style,
        Automatic, MasterPage, Notes
    };

    struct Container {
        Part part;
        int listBase;      ///< list depth when the container opened
        int listItemBase;
    };

    struct OpenParagraph {
        std::string text;
        Block block;                ///< everything but the text, filled at the start
        std::vector<Block> nested;  ///< finished blocks of paragraphs nested in this one
    };

    void skip() { open_.skipSubtree(); }

    bool collecting_() const {
        if (trackedChangesDepth_ > 0 && deletionDepth_ == 0) return false;
        if (mode_ == Mode::Styles && masterDepth_ == 0) return false;
        return true;
    }

    Part currentPart() const {
        if (!containers_.empty()) return containers_.back().part;
        return mode_ == Mode::Presentation ? Part::SlideBody : Part::Body;
    }

    void pushContainer(Part part) {
        containers_.push_back({part, listDepth_, listItemDepth_});
        closer_ = Closer::Container;
    }

    void startText(const std::string& local, const Poco::XML::Attributes& attrs) {
        if (local == "p" || local == "h") {
            startParagraph(local == "h", attrs);
        } else if (local == "s") {
            if (!paragraphs_.empty() && collecting_()) {
                const std::string count = attribute(attrs, "c");
                long n = count.empty() ? 1 : std::strtol(count.c_str(), nullptr, 10);
                if (n < 1) n = 1;
                if (n > 1000) n = 1000;
                paragraphs_.back().text.append(static_cast<std::size_t>(n), ' ');
            }
        } else if (local == "tab" || local == "line-break") {
            if (!paragraphs_.empty() && collecting_()) paragraphs_.back().text += ' ';
        } else if (local == "list") {
            ++listDepth_;
            closer_ = Closer::List;
        } else if (local == "list-item" || local == "list-header") {
            ++listItemDepth_;
            closer_ = Closer::ListItem;
        } else if (local == "note") {
            pushContainer(attribute(attrs, "note-class") == "endnote" ? Part::Endnote : Part::Footnote);
        } else if (local == "page-number" && mode_ == Mode::Presentation) {
            // On a slide the field shows the slide's number, whatever text was stored.
            if (!paragraphs_.empty()) paragraphs_.back().text += std::to_string(slideNumber_);
            skip();
        } else if (local == "note-citation") {
            skip();  // the footnote's number or mark
        } else if (local == "tracked-changes") {
            ++trackedChangesDepth_;
            closer_ = Closer::TrackedChanges;
        } else if (local == "deletion") {
            if (trackedChangesDepth_ > 0) {
                ++deletionDepth_;
                closer_ = Closer::Deletion;
            }
        } else if (local == "section") {
            if (attribute(attrs, "display") == "none") {
                ++hiddenDepth_;
                closer_ = Closer::HiddenSection;
            }
        } else if (local == "sequence-decls" || local == "variable-decls" || local == "user-field-decls" ||
                   local == "tracked-changes-info" || local == "list-style" || local == "outline-style" ||
                   local == "notes-configuration") {
            skip();
        }
    }

    void startTable(const std::string& local) {
        if (local == "table") pushContainer(Part::Table);
    }

    void startDraw(const std::string& local, const Poco::XML::Attributes& attrs) {
        if (local == "page" && mode_ == Mode::Presentation) {
            startPage(attrs);
        } else if (local == "frame" && mode_ == Mode::Presentation) {
            const std::string cls = attribute(attrs, "class");
            if (inNotes_) {
                // Only the notes text itself: not the page number, header, footer or date.
                if (cls != "notes") {
                    skip();
                    return;
                }
                pushContainer(Part::Notes);
                // LibreOffice gives every page a notes frame; an untouched one is marked as a
                // placeholder (and shows the "Click to add Text" prompt), a written one is not.
                if (cls == "notes" && attribute(attrs, "placeholder") != "true") currentPageHasNotes_ = true;
            } else {
                pushContainer(cls == "title" ? Part::SlideTitle : Part::SlideBody);
            }
        } else if (mode_ != Mode::Presentation &&
                   (local == "text-box" || local == "custom-shape" || local == "rect" || local == "ellipse" ||
                    local == "circle" || local == "polygon" || local == "polyline" || local == "path" ||
                    local == "regular-polygon" || local == "caption" || local == "line" || local == "connector")) {
            pushContainer(Part::TextBox);
        } else if (local == "page-thumbnail") {
            skip();
        }
    }

    void startOffice(const std::string& local) {
        if (local == "text" || local == "presentation" || local == "spreadsheet" || local == "drawing" ||
            local == "chart" || local == "image") {
            if (bodyKind.empty()) bodyKind = local;
        } else if (local == "annotation") {
            pushContainer(Part::Comment);
        } else if (local == "change-info" || local == "forms" || local == "scripts" || local == "event-listeners" ||
                   local == "annotation-end" || local == "settings") {
            skip();
        } else if (local == "automatic-styles") {
            inAutomaticStyles_ = true;
            closer_ = Closer::Automatic;
        }
    }

    void startStyle(const std::string& local, const Poco::XML::Attributes& attrs) {
        if (local == "style") {
            const std::string family = attribute(attrs, "family");
            const std::string name = attribute(attrs, "name");
            if (family == "paragraph" && !name.empty()) {
                auto& style = styles_.paragraph[name];
                style.displayName = attribute(attrs, "display-name");
                style.parent = attribute(attrs, "parent-style-name");
                style.automatic = inAutomaticStyles_;
            } else if (family == "drawing-page") {
                currentStyle_ = name;
                closer_ = Closer::Style;
            }
        } else if (local == "drawing-page-properties") {
            if (!currentStyle_.empty() && attribute(attrs, "visibility") == "hidden") {
                styles_.hiddenPages.insert(currentStyle_);
            }
        } else if (local == "master-page" && mode_ == Mode::Presentation) {
            skip();  // master pages of a presentation hold layout placeholders, not slide text
        } else if (mode_ == Mode::Styles &&
                   (local == "header" || local == "header-left" || local == "header-first" || local == "footer" ||
                    local == "footer-left" || local == "footer-first")) {
            if (attribute(attrs, "display") == "false") {
                skip();
                return;
            }
            ++masterDepth_;
            containers_.push_back({local.compare(0, 6, "header") == 0 ? Part::Header : Part::Footer, listDepth_,
                                   listItemDepth_});
            closer_ = Closer::MasterPage;
        }
    }

    void startPresentation(const std::string& local) {
        if (local == "notes" && mode_ == Mode::Presentation) {
            inNotes_ = true;
            pushContainer(Part::Notes);
            closer_ = Closer::Notes;
        }
    }

    void startParagraph(bool heading, const Poco::XML::Attributes& attrs) {
        closer_ = Closer::Paragraph;
        OpenParagraph paragraph;
        Block& block = paragraph.block;
        block.part = currentPart();
        const std::string styleName = attribute(attrs, "style-name");
        if (!styleName.empty()) block.style = styles_.displayName(styleName);
        if (heading && block.part == Part::Body) {
            block.flags |= kHeading;
            const std::string level = attribute(attrs, "outline-level");
            int value = level.empty() ? 1 : std::atoi(level.c_str());
            if (value < 1) value = 1;
            if (value > 9) value = 9;
            block.headingLevel = value;
        } else {
            const int base = containers_.empty() ? 0 : containers_.back().listBase;
            const int itemBase = containers_.empty() ? 0 : containers_.back().listItemBase;
            if (listItemDepth_ > itemBase && listDepth_ > base) {
                block.flags |= kListItem;
                block.listLevel = listDepth_ - base - 1;
            }
        }
        if (deletionDepth_ > 0) block.flags |= kTrackedDeletion;
        if (hiddenDepth_ > 0) block.flags |= kHiddenText;
        if (slideHidden_) block.flags |= kHiddenSlide;
        paragraphs_.push_back(std::move(paragraph));
    }

    void finishParagraph() {
        OpenParagraph paragraph = std::move(paragraphs_.back());
        paragraphs_.pop_back();
        std::string& text = paragraph.text;
        std::size_t first = 0;
        while (first < text.size() && text[first] == ' ') ++first;
        std::size_t last = text.size();
        while (last > first && text[last - 1] == ' ') --last;
        std::vector<Block> finished;
        if (first < last) {
            Block block = std::move(paragraph.block);
            block.text.assign(text, first, last - first);
            finished.push_back(std::move(block));
        }
        for (auto& nested : paragraph.nested) finished.push_back(std::move(nested));
        if (!paragraphs_.empty()) {
            auto& into = paragraphs_.back().nested;
            for (auto& block : finished) into.push_back(std::move(block));
        } else {
            for (auto& block : finished) emit(std::move(block));
        }
    }

    /// Final placement of a block: heading path, index, and the slide it belongs to.
    void emit(Block block) {
        if (mode_ == Mode::Presentation) {
            block.index = slideNumber_;
            if (block.part == Part::SlideTitle) {
                if (!slideTitle_.empty()) slideTitle_ += ' ';
                slideTitle_ += block.text;
            }
            blocks.push_back(std::move(block));
            return;
        }
        // Deleted paragraphs are stored at the top of the body, out of reading order: they get no
        // paragraph number and no heading path.
        if (block.has(kTrackedDeletion)) {
            blocks.push_back(std::move(block));
            return;
        }
        block.index = ++counters_[static_cast<int>(block.part)];
        if (block.has(kHeading)) {
            while (!headings_.empty() && headings_.back().first >= block.headingLevel) headings_.pop_back();
            block.headingPath = headingPath();
            headings_.emplace_back(block.headingLevel, block.text);
        } else if (block.part != Part::Header && block.part != Part::Footer) {
            block.headingPath = headingPath();
        }
        blocks.push_back(std::move(block));
    }

    std::vector<std::string> headingPath() const {
        std::vector<std::string> path;
        path.reserve(headings_.size());
        for (const auto& heading : headings_) path.push_back(heading.second);
        return path;
    }

    void startPage(const Poco::XML::Attributes& attrs) {
        closer_ = Closer::Page;
        ++slideNumber_;
        slideTitle_.clear();
        slideFirstBlock_ = blocks.size();
        currentPageHasNotes_ = false;
        slideHidden_ = attribute(attrs, "visibility") == "hidden" ||
                       styles_.hiddenPages.count(attribute(attrs, "style-name")) > 0;
    }

    void finishPage() {
        SlideInfo info;
        info.number = slideNumber_;
        info.hidden = slideHidden_;
        info.hasNotes = currentPageHasNotes_;
        info.title = slideTitle_;
        if (!slideTitle_.empty()) {
            for (std::size_t i = slideFirstBlock_; i < blocks.size(); ++i) blocks[i].headingPath.assign(1, slideTitle_);
        }
        document_.slides.push_back(std::move(info));
        slideHidden_ = false;
        inNotes_ = false;
    }

    Mode mode_;
    StyleTable& styles_;
    Document& document_;
    OpenElements<Closer> open_;
    Closer closer_ = Closer::None;  ///< what closing the element being opened will do
    std::vector<Container> containers_;
    std::vector<OpenParagraph> paragraphs_;
    int listDepth_ = 0;
    int listItemDepth_ = 0;
    int deletionDepth_ = 0;
    int trackedChangesDepth_ = 0;
    int hiddenDepth_ = 0;
    int masterDepth_ = 0;
    bool inAutomaticStyles_ = false;
    std::string currentStyle_;
    std::map<int, int> counters_;
    std::vector<std::pair<int, std::string>> headings_;
    // Presentation state.
    int slideNumber_ = 0;
    std::string slideTitle_;
    std::size_t slideFirstBlock_ = 0;
    bool slideHidden_ = false;
    bool inNotes_ = false;
    bool currentPageHasNotes_ = false;
};

// meta.xml: meta:generator and meta:document-statistic.
class MetaHandler : public XmlHandler {
public:
    explicit MetaHandler(SavedStatistics& saved, bool presentation) : saved_(saved), presentation_(presentation) {}

    void startElement(const std::string& uri, const std::string& local, const Poco::XML::Attributes& attrs) override {
        if (nsOf(uri) != Ns::Meta) return;
        if (local == "generator") {
            inGenerator_ = true;
        } else if (local == "document-statistic") {
            saved_.words = number(attribute(attrs, "word-count"));
            saved_.characters = number(attribute(attrs, "character-count"));
            if (presentation_) {
                // Impress counts its slides as pages.
                saved_.slides = number(attribute(attrs, "page-count"));
            }
        }
    }
    void endElement(const std::string&, const std::string& local) override {
        if (local == "generator" && inGenerator_) {
            inGenerator_ = false;
            // "LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/..." → LibreOffice, 7.4.7.2
            const auto slash = generator_.find('/');
            if (slash == std::string::npos || slash + 1 >= generator_.size() || generator_[slash + 1] < '0' ||
                generator_[slash + 1] > '9') {
                saved_.application = generator_;
            } else {
                saved_.application = generator_.substr(0, slash);
                const auto end = generator_.find_first_of("$ ", slash + 1);
                saved_.appVersion = generator_.substr(slash + 1, end == std::string::npos ? std::string::npos
                                                                                           : end - slash - 1);
            }
        }
    }
    void characters(std::string_view text) override {
        if (inGenerator_) generator_.append(text.data(), text.size());
    }

private:
    static long long number(const std::string& text) {
        if (text.empty()) return -1;
        char* end = nullptr;
        const long long value = std::strtoll(text.c_str(), &end, 10);
        return (end == text.c_str() || value < 0) ? -1 : value;
    }

    SavedStatistics& saved_;
    bool presentation_;
    bool inGenerator_ = false;
    std::string generator_;
};

bool wantedPart(const std::string& name) {
    return name == "content.xml" || name == "styles.xml" || name == "meta.xml" || name == "mimetype" ||
           name == "META-INF/manifest.xml";
}

void readOdf(std::string_view bytes, Document& document, const ReadContext& context, bool presentation) {
    document.reader = presentation ? "odp" : "odt";
    const Package package(bytes, wantedPart, context);
    document.expandedBytes = package.expandedBytes();

    if (const std::string* manifest = package.part("META-INF/manifest.xml")) {
        if (manifest->find("encryption-data") != std::string::npos) {
            throw ReadError("the document is password-protected");
        }
    }
    const std::string* content = package.part("content.xml");
    if (content == nullptr) {
        throw ReadError(std::string("not an OpenDocument ") + (presentation ? "presentation" : "text") +
                        ": the package has no content.xml");
    }
    if (const std::string* mimetype = package.part("mimetype")) {
        const bool isPresentation = mimetype->find("opendocument.presentation") != std::string::npos;
        const bool isText = mimetype->find("opendocument.text") != std::string::npos;
        if ((presentation && isText) || (!presentation && isPresentation)) {
            document.warnings.push_back("the package says it is '" + *mimetype + "'");
        }
    }

    StyleTable styles;
    std::vector<Block> headerFooter;
    if (const std::string* stylesXml = package.part("styles.xml")) {
        OdfHandler handler(Mode::Styles, styles, document);
        parseXml(*stylesXml, handler, context, "styles.xml");
        if (!presentation) headerFooter = std::move(handler.blocks);
    }
    OdfHandler handler(presentation ? Mode::Presentation : Mode::Text, styles, document);
    parseXml(*content, handler, context, "content.xml");
    const char* const wanted = presentation ? "presentation" : "text";
    if (!handler.bodyKind.empty() && handler.bodyKind != wanted) {
        throw ReadError(std::string("not an OpenDocument ") + wanted + ": content.xml holds a " +
                        handler.bodyKind + " document");
    }
    document.blocks = std::move(handler.blocks);
    for (auto& block : headerFooter) document.blocks.push_back(std::move(block));

    if (const std::string* meta = package.part("meta.xml")) {
        MetaHandler metaHandler(document.saved, presentation);
        try {
            parseXml(*meta, metaHandler, context, "meta.xml");
        } catch (const ReadError& error) {
            // Metadata only: the text is still good.
            document.warnings.emplace_back(error.what());
        }
    }
}

}  // namespace

void readOdt(std::string_view bytes, Document& document, const ReadContext& context) {
    readOdf(bytes, document, context, false);
}

void readOdp(std::string_view bytes, Document& document, const ReadContext& context) {
    readOdf(bytes, document, context, true);
}

}  // namespace showcase::readers
