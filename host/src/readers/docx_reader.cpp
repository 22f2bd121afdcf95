// Word documents (.docx, .docm, .dotx; Transitional and Strict) into blocks.
//
// One streaming pass over each story part (document.xml, footnotes, endnotes, comments, headers,
// footers). Per paragraph the reader keeps three buckets: the visible text (the final view, as
// printed), hidden text (w:vanish, directly or through a style) and tracked deletions (w:del,
// w:moveFrom). A paragraph yields its visible block, then a kHiddenText block, then a
// kTrackedDeletion block, each only when non-empty, all with the same part and index.
//
// Indices: Body, Table, TextBox, Header and Footer blocks are numbered 1, 2, 3... per part, counting
// only paragraphs that yield at least one block (empty paragraphs are skipped and not counted),
// so the numbers are those of the paragraphs a reader can see, not Word's raw paragraph count.
// Footnote, Endnote and Comment blocks carry the note's (comment's) 1-based order instead.
#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

#include "docx_numbering.hpp"
#include "docx_styles.hpp"
#include "ooxml_common.hpp"
#include "open_elements.hpp"
#include "package.hpp"
#include "readers.hpp"
#include "xml_stream.hpp"

namespace showcase::readers {
namespace {

using docx::findAttribute;
using docx::isMarkupCompatibilityNamespace;
using docx::isWordNamespace;

constexpr std::string_view kVml = "urn:schemas-microsoft-com:vml";

// The WordprocessingML elements the reader reacts to; everything else is transparent.
enum class Tag : std::uint8_t {
    Other,
    Paragraph,
    ParagraphProps,
    ParagraphStyle,
    NumberingProps,
    Run,
    RunProps,
    Text,         // w:t
    DeletedText,  // w:delText
    Tab,          // w:tab, w:ptab
    Break,        // w:br, w:cr
    NoBreakHyphen,
    FieldChar,
    Deletion,  // w:del, w:moveFrom
    Table,
    TextBoxContent,
    Note,  // w:footnote, w:endnote, w:comment
    AltChunk,  // imported content (HTML, RTF, another docx) stored in a part of its own
    Skip,  // a subtree that never holds text of the final view (instrText, *Pr, *Change, rt ...)
    McAlternate,
    McChoice,
    McFallback,
};

const std::unordered_map<std::string, Tag>& tagTable() {
    static const std::unordered_map<std::string, Tag> table = {
        {"p", Tag::Paragraph},
        {"pPr", Tag::ParagraphProps},
        {"pStyle", Tag::ParagraphStyle},
        {"numPr", Tag::NumberingProps},
        {"r", Tag::Run},
        {"rPr", Tag::RunProps},
        {"t", Tag::Text},
        {"delText", Tag::DeletedText},
        {"tab", Tag::Tab},
        {"ptab", Tag::Tab},
        {"br", Tag::Break},
        {"cr", Tag::Break},
        {"noBreakHyphen", Tag::NoBreakHyphen},
        {"fldChar", Tag::FieldChar},
        {"del", Tag::Deletion},
        {"moveFrom", Tag::Deletion},
        {"tbl", Tag::Table},
        {"txbxContent", Tag::TextBoxContent},
        {"footnote", Tag::Note},
        {"endnote", Tag::Note},
        {"comment", Tag::Note},
        {"altChunk", Tag::AltChunk},
        // Never text of the final view.
        {"instrText", Tag::Skip},
        {"delInstrText", Tag::Skip},
        {"sectPr", Tag::Skip},
        {"tblPr", Tag::Skip},
        {"tblGrid", Tag::Skip},
        {"trPr", Tag::Skip},
        {"tcPr", Tag::Skip},
        {"sdtPr", Tag::Skip},
        {"sdtEndPr", Tag::Skip},
        {"rt", Tag::Skip},  // ruby (phonetic guide) text above the base text
        {"fldData", Tag::Skip},
        {"ffData", Tag::Skip},
        {"rPrChange", Tag::Skip},
        {"pPrChange", Tag::Skip},
        {"sectPrChange", Tag::Skip},
        {"tblPrChange", Tag::Skip},
        {"tblPrExChange", Tag::Skip},
        {"trPrChange", Tag::Skip},
        {"tcPrChange", Tag::Skip},
        {"tblGridChange", Tag::Skip},
        {"numberingChange", Tag::Skip},
        {"background", Tag::Skip},
    };
    return table;
}

// A field (w:fldChar begin ... separate ... end) open in the current story.
struct FieldFrame {
    bool inResult = false;
};

// A run of text being read: a document body, one note, a header, or a text box inside one of them.
struct Story {
    Part part = Part::Body;
    bool body = false;         // the main document story: tables and text boxes get their own parts
    int tableDepth = 0;
    std::vector<FieldFrame> fields;
    int suppressingFields = 0;  // open fields still in their instruction part
};

// Where the characters of the current w:t or w:delText go.
enum class Target : std::uint8_t { None, Visible, Hidden, Deleted };

struct ParagraphState {
    std::string visible;
    std::string hidden;
    std::string deleted;
    std::string styleId;
    bool hasStyle = false;
    int outline = -1;  // direct w:outlineLvl
    bool hasNumPr = false;
    bool hasNumId = false;
    std::string numId;
    int ilvl = -1;
    Part part = Part::Body;
    bool headingsCount = false;  // a heading here moves the heading path (body paragraphs only)
    bool synthetic = false;      // made up by the reader (WordArt text): no style
    // The run being read.
    std::string runStyle;
    int runVanish = -1;
    int runHidden = -1;  // cached decision, -1 until the first text of the run
    std::vector<Block> pending;  // text box blocks anchored in this paragraph

    void reset() {
        visible.clear();
        hidden.clear();
        deleted.clear();
        styleId.clear();
        hasStyle = false;
        outline = -1;
        hasNumPr = false;
        hasNumId = false;
        numId.clear();
        ilvl = -1;
        headingsCount = false;
        synthetic = false;
        resetRun();
        pending.clear();
    }
    void resetRun() {
        runStyle.clear();
        runVanish = -1;
        runHidden = -1;
    }
};

std::string_view trim(std::string_view text) {
    constexpr std::string_view kSpace = " \t\r\n";
    const auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(kSpace);
    return text.substr(first, last - first + 1);
}

// Shared by every story part of one document.
struct ReaderState {
    const docx::Styles* styles = nullptr;
    const docx::Numbering* numbering = nullptr;
    docx::ListCounters* lists = nullptr;  // automatic numbers, advanced in document order
    std::vector<Block>* out = nullptr;
    int counters[16] = {};
    // The heading path of the body: (level, text), outermost first, plus the texts alone.
    std::vector<std::pair<int, std::string>> headings;
    std::vector<std::string> headingPath;
};

class WordStoryHandler : public XmlHandler {
public:
    WordStoryHandler(ReaderState& state, Part rootPart, bool isMainDocument, std::string partName)
        : state_(state), rootPart_(rootPart), isMainDocument_(isMainDocument), partName_(std::move(partName)) {
        open_.reserve(64);
        Story root;
        root.part = rootPart;
        root.body = rootPart == Part::Body;
        stories_.push_back(std::move(root));
    }

    bool sawRoot() const { return sawRoot_; }
    /// How many w:altChunk (imported documents the reader cannot see into) the part holds.
    int altChunks() const { return altChunks_; }

    void startElement(const std::string& uri, const std::string& local,
                      const Poco::XML::Attributes& attrs) override {
        if (open_.opensInSkippedSubtree()) return;
        if (!sawRoot_) {
            sawRoot_ = true;
            if (isMainDocument_ && (!isWordNamespace(uri) || local != "document")) {
                throw ReadError("the main part " + partName_ + " is not a WordprocessingML document (its root is <" +
                                local + "> in namespace '" + uri + "')");
            }
        }
        if (isMarkupCompatibilityNamespace(uri)) {
            startCompatibility(local);
            return;
        }
        if (!isWordNamespace(uri)) {
            // DrawingML, VML, w14...: looked into for w:txbxContent only (a:t of charts and SmartArt
            // is not body text), except the text of VML WordArt, which lives in an attribute.
            if (local == "textpath" && uri == kVml) wordArt(attrs);
            open_.push(Tag::Other);
            return;
        }
        const auto found = tagTable().find(local);
        const Tag tag = found == tagTable().end() ? Tag::Other : found->second;
        const Tag parent = open_.innermost(Tag::Other);
        switch (tag) {
            case Tag::Skip:
                open_.skipSubtree();
                return;
            case Tag::AltChunk:
                ++altChunks_;
                open_.skipSubtree();
                return;
            case Tag::Paragraph:
                beginParagraph();
                break;
            case Tag::ParagraphProps:
                if (parent != Tag::Paragraph) {
                    open_.skipSubtree();
                    return;
                }
                break;
            case Tag::ParagraphStyle:
                if (parent == Tag::ParagraphProps && paragraph() != nullptr) {
                    if (const std::string* value = findAttribute(attrs, "val")) {
                        paragraph()->styleId = *value;
                        paragraph()->hasStyle = true;
                    }
                }
                break;
            case Tag::NumberingProps:
                if (parent == Tag::ParagraphProps && paragraph() != nullptr) paragraph()->hasNumPr = true;
                break;
            case Tag::Run:
                if (ParagraphState* p = paragraph()) p->resetRun();
                break;
            case Tag::RunProps:
                if (parent != Tag::Run) {
                    open_.skipSubtree();  // the paragraph mark's properties, sdt properties ...
                    return;
                }
                break;
            case Tag::Text:
            case Tag::DeletedText:
                target_ = parent == Tag::Run ? chooseTarget(tag == Tag::DeletedText) : Target::None;
                break;
            case Tag::Tab:
            case Tag::Break:
                if (parent == Tag::Run) append(chooseTarget(false), " ");
                break;
            case Tag::NoBreakHyphen:
                if (parent == Tag::Run) append(chooseTarget(false), "-");
                break;
            case Tag::FieldChar:
                if (parent == Tag::Run) fieldChar(attrs);
                break;
            case Tag::Deletion:
                if (parent == Tag::RunProps || parent == Tag::ParagraphProps) {
                    open_.push(Tag::Other);  // a deleted paragraph mark: no text of its own
                    return;
                }
                ++deletionDepth_;
                break;
            case Tag::Table:
                ++story().tableDepth;
                break;
            case Tag::TextBoxContent:
                beginTextBox();
                break;
            case Tag::Note:
                if (open_.depth() != 1 || rootPart_ == Part::Body) {
                    open_.push(Tag::Other);
                    return;
                }
                if (!beginNote(attrs)) {
                    open_.skipSubtree();
                    return;
                }
                break;
            default:
                other(parent, local, attrs);
                break;
        }
        open_.push(tag);
    }

    void endElement(const std::string&, const std::string&) override {
        const std::optional<Tag> tag = open_.close();
        if (!tag) return;
        switch (*tag) {
            case Tag::Paragraph:
                endParagraph();
                break;
            case Tag::Text:
            case Tag::DeletedText:
                target_ = Target::None;
                break;
            case Tag::Deletion:
                --deletionDepth_;
                break;
            case Tag::Table:
                --story().tableDepth;
                break;
            case Tag::TextBoxContent:
                endTextBox();
                break;
            case Tag::Note:
                resetStory();
                break;
            case Tag::McAlternate:
                alternates_.pop_back();
                break;
            default:
                break;
        }
    }

    void characters(std::string_view text) override {
        if (target_ != Target::None && !open_.skipping()) append(target_, text);
    }

    /// After the part: emits whatever a malformed-but-parsed story left open (nothing normally).
    void finish() {
        while (depth_ > 0) endParagraph();
    }

private:
    // --- markup compatibility: read the first mc:Choice, or the mc:Fallback when there is none.
    void startCompatibility(const std::string& local) {
        if (local == "AlternateContent") {
            alternates_.push_back(false);
            open_.push(Tag::McAlternate);
        } else if (local == "Choice" && !alternates_.empty()) {
            if (alternates_.back()) {
                open_.skipSubtree();
                return;
            }
            alternates_.back() = true;
            open_.push(Tag::McChoice);
        } else if (local == "Fallback" && !alternates_.empty()) {
            if (alternates_.back()) {
                open_.skipSubtree();
                return;
            }
            alternates_.back() = true;
            open_.push(Tag::McFallback);
        } else {
            open_.push(Tag::Other);
        }
    }

    // --- elements without a tag of their own but read inside properties.
    void other(Tag parent, const std::string& local, const Poco::XML::Attributes& attrs) {
        ParagraphState* p = paragraph();
        if (p == nullptr) return;
        if (parent == Tag::ParagraphProps) {
            if (local == "outlineLvl") p->outline = docx::intAttribute(attrs, "val", -1);
        } else if (parent == Tag::NumberingProps) {
            if (local == "ilvl") {
                p->ilvl = docx::intAttribute(attrs, "val", -1);
            } else if (local == "numId") {
                if (const std::string* value = findAttribute(attrs, "val")) {
                    p->numId = *value;
                    p->hasNumId = true;
                }
            }
        } else if (parent == Tag::RunProps) {
            if (local == "rStyle") {
                if (const std::string* value = findAttribute(attrs, "val")) p->runStyle = *value;
            } else if (local == "vanish") {
                p->runVanish = docx::onOffValue(attrs) ? 1 : 0;
            }
        }
    }

    Story& story() { return stories_.back(); }

    ParagraphState* paragraph() { return depth_ > 0 ? &paragraphs_[depth_ - 1] : nullptr; }

    // --- fields
    void fieldChar(const Poco::XML::Attributes& attrs) {
        const std::string* type = findAttribute(attrs, "fldCharType");
        if (type == nullptr) return;
        Story& s = story();
        if (*type == "begin") {
            s.fields.push_back(FieldFrame{});
            ++s.suppressingFields;
        } else if (*type == "separate") {
            if (!s.fields.empty() && !s.fields.back().inResult) {
                s.fields.back().inResult = true;
                --s.suppressingFields;
            }
        } else if (*type == "end") {
            if (!s.fields.empty()) {
                if (!s.fields.back().inResult) --s.suppressingFields;
                s.fields.pop_back();
            }
        }
    }

    // The paragraph's style; an unknown style id means the default one, as in Word.
    const docx::StyleInfo* paragraphStyle(const ParagraphState& p) const {
        if (state_.styles == nullptr || p.synthetic) return nullptr;
        if (p.hasStyle) {
            if (const docx::StyleInfo* style = state_.styles->find(p.styleId)) return style;
        }
        return state_.styles->defaultParagraph();
    }

    // --- text
    bool runHidden(ParagraphState& p) {
        if (p.runHidden < 0) {
            int vanish = p.runVanish;
            if (vanish < 0 && !p.runStyle.empty() && state_.styles != nullptr) {
                if (const docx::StyleInfo* style = state_.styles->find(p.runStyle)) vanish = style->vanish;
            }
            if (vanish < 0 && state_.styles != nullptr) {
                if (const docx::StyleInfo* style = paragraphStyle(p)) vanish = style->vanish;
            }
            p.runHidden = vanish > 0 ? 1 : 0;
        }
        return p.runHidden == 1;
    }

    Target chooseTarget(bool deletedText) {
        ParagraphState* p = paragraph();
        if (p == nullptr || story().suppressingFields > 0) return Target::None;
        if (deletedText || deletionDepth_ > 0) return Target::Deleted;
        return runHidden(*p) ? Target::Hidden : Target::Visible;
    }

    void append(Target target, std::string_view text) {
        ParagraphState* p = paragraph();
        if (p == nullptr) return;
        switch (target) {
            case Target::Visible: p->visible.append(text); break;
            case Target::Hidden: p->hidden.append(text); break;
            case Target::Deleted: p->deleted.append(text); break;
            case Target::None: break;
        }
    }

    // --- paragraphs
    void beginParagraph() {
        if (paragraphs_.size() <= depth_) paragraphs_.resize(depth_ + 1);
        ParagraphState& p = paragraphs_[depth_++];
        p.reset();
        const Story& s = story();
        p.part = s.body && s.tableDepth > 0 ? Part::Table : s.part;
        p.headingsCount = s.body && s.tableDepth == 0;
    }

    void endParagraph() {
        if (depth_ == 0) return;
        ParagraphState& p = paragraphs_[depth_ - 1];
        const std::string_view visible = trim(p.visible);
        const std::string_view hidden = trim(p.hidden);
        const std::string_view deleted = trim(p.deleted);

        std::vector<Block>& out = depth_ > 1 ? paragraphs_[depth_ - 2].pending : *state_.out;
        const docx::StyleInfo* style = paragraphStyle(p);
        const ListMembership list = listMembership(p, style);
        // An empty numbered paragraph still shows (and uses up) its number; one whose text is all
        // hidden or deleted does not appear in the final view.
        const bool shown = !visible.empty() || (hidden.empty() && deleted.empty());
        std::string listLabel;
        if (list.numId != nullptr && shown && state_.lists != nullptr) {
            listLabel = state_.lists->next(*list.numId, list.level);
        }
        if (!visible.empty() || !hidden.empty() || !deleted.empty()) {
            int level = style != nullptr ? style->headingLevel : 0;
            if (p.outline >= 0) level = p.outline <= 8 ? p.outline + 1 : 0;
            if (visible.empty()) level = 0;

            const int index = nextIndex(p.part);
            Block block;
            block.part = p.part;
            block.index = index;
            if (style != nullptr) block.style = style->name;
            if (level > 0) {
                block.flags |= kHeading;
                block.headingLevel = level;
                if (p.headingsCount) {
                    auto& headings = state_.headings;
                    while (!headings.empty() && headings.back().first >= level) headings.pop_back();
                    rebuildPath();
                    block.headingPath = state_.headingPath;
                    headings.emplace_back(level, std::string(visible));
                    rebuildPath();
                } else if (rootPart_ == Part::Body) {
                    block.headingPath = state_.headingPath;
                }
            } else {
                if (rootPart_ == Part::Body) block.headingPath = state_.headingPath;
                if (list.numId != nullptr) {
                    block.flags |= kListItem;
                    block.listLevel = list.level;
                }
            }

            if (!visible.empty()) {
                block.text.assign(visible);
                block.listLabel = std::move(listLabel);
                if (hidden.empty() && deleted.empty()) out.push_back(std::move(block));
                else out.push_back(block);
            }
            const auto extra = [&](std::string_view text, BlockFlag flag) {
                Block side;
                side.text.assign(text);
                side.part = block.part;
                side.index = index;
                side.style = block.style;
                side.headingPath = rootPart_ == Part::Body ? state_.headingPath : std::vector<std::string>();
                if (level > 0 && p.headingsCount && !side.headingPath.empty()) {
                    side.headingPath.pop_back();  // the heading itself is not its own ancestor
                }
                side.flags = flag;
                out.push_back(std::move(side));
            };
            if (!hidden.empty()) extra(hidden, kHiddenText);
            if (!deleted.empty()) extra(deleted, kTrackedDeletion);
        }
        if (!p.pending.empty()) {
            std::move(p.pending.begin(), p.pending.end(), std::back_inserter(out));
            p.pending.clear();
        }
        --depth_;
    }

    // The list a paragraph belongs to, directly or through its style; numId 0 means "no list".
    struct ListMembership {
        const std::string* numId = nullptr;
        int level = 0;
    };
    ListMembership listMembership(const ParagraphState& p, const docx::StyleInfo* style) const {
        const std::string* numId = nullptr;
        if (p.hasNumId) numId = &p.numId;
        else if (style != nullptr && style->hasNumPr) numId = &style->numId;
        if (numId == nullptr || numId->empty() || *numId == "0") return {};
        if (state_.numbering != nullptr && state_.numbering->present() && !state_.numbering->defines(*numId)) return {};
        int level = p.ilvl;
        if (level < 0 && style != nullptr && style->hasNumPr) level = style->ilvl;
        return {numId, std::clamp(level < 0 ? 0 : level, 0, 8)};
    }

    int nextIndex(Part part) {
        if (fixedIndex_ > 0 && (part == Part::Footnote || part == Part::Endnote || part == Part::Comment)) {
            return fixedIndex_;
        }
        return ++state_.counters[static_cast<int>(part)];
    }

    void rebuildPath() {
        state_.headingPath.clear();
        for (const auto& heading : state_.headings) state_.headingPath.push_back(heading.second);
    }

    // --- text boxes: a story of their own inside the anchoring paragraph
    void beginTextBox() {
        Story box;
        box.part = story().body ? Part::TextBox : story().part;
        stories_.push_back(std::move(box));
    }

    void endTextBox() {
        // Paragraphs left open by broken markup inside the box are closed with it.
        if (stories_.size() > 1) stories_.pop_back();
    }

    // VML WordArt (<v:textpath string="...">): a text box of one paragraph.
    void wordArt(const Poco::XML::Attributes& attrs) {
        const std::string* text = findAttribute(attrs, "string");
        if (text == nullptr || paragraph() == nullptr) return;
        beginTextBox();
        beginParagraph();
        ParagraphState& p = *paragraph();
        p.synthetic = true;  // no paragraph style of its own
        if (deletionDepth_ > 0) p.deleted = *text;
        else p.visible = *text;
        endParagraph();
        endTextBox();
    }

    // --- notes and comments: one story each, numbered in order
    bool beginNote(const Poco::XML::Attributes& attrs) {
        if (const std::string* type = findAttribute(attrs, "type")) {
            if (*type == "separator" || *type == "continuationSeparator" || *type == "continuationNotice") {
                return false;
            }
        }
        fixedIndex_ = ++noteCount_;
        resetStory();
        return true;
    }

    void resetStory() {
        stories_.resize(1);
        stories_.front().fields.clear();
        stories_.front().suppressingFields = 0;
        stories_.front().tableDepth = 0;
    }

    ReaderState& state_;
    Part rootPart_;
    bool isMainDocument_;
    std::string partName_;
    bool sawRoot_ = false;
    OpenElements<Tag> open_;
    int deletionDepth_ = 0;
    Target target_ = Target::None;
    std::vector<bool> alternates_;  // per open mc:AlternateContent: a branch was already taken
    std::vector<Story> stories_;
    std::vector<ParagraphState> paragraphs_;
    std::size_t depth_ = 0;  // open paragraphs (text boxes nest them)
    int fixedIndex_ = 0;
    int noteCount_ = 0;
    int altChunks_ = 0;
};

// Every XML and relationships part is inflated (never media): the ones not parsed cost little, and
// inflating them checks the package's integrity, so a damaged file is refused as Word would.
bool wantedPart(const std::string& name) { return ooxml::isXmlOrRels(name); }

// Parses one optional part; a malformed one costs only its own text and leaves a warning.
void parseOptionalPart(const std::string& xml, XmlHandler& handler, const ReadContext& context,
                       const std::string& partName, Document& document, std::size_t rollbackTo) {
    try {
        parseXml(xml, handler, context, partName);
    } catch (const ReadError& error) {
        if (std::strncmp(error.what(), "malformed XML", 13) != 0) throw;
        document.blocks.resize(rollbackTo);
        document.warnings.push_back(std::string(error.what()) + " (that part was skipped)");
    }
}

}  // namespace

void readDocx(std::string_view bytes, Document& document, const ReadContext& context) {
    document.reader = "docx";
    Package package(bytes, wantedPart, context);
    std::uint64_t parsed = 0;

    // The main document: _rels/.rels → officeDocument (Transitional or Strict type URI).
    const auto packageRels = ooxml::readRelationships(package, "", context);
    if (const std::string* rels = package.part("_rels/.rels")) parsed += rels->size();
    std::string mainPart;
    if (const ooxml::Relationship* main = ooxml::findByType(packageRels, "officeDocument")) {
        if (package.part(main->target) == nullptr) {
            throw ReadError("the main document part '" + main->target +
                            "' named in _rels/.rels is missing from the package");
        }
        mainPart = main->target;
    } else if (package.part("word/document.xml") != nullptr) {
        mainPart = "word/document.xml";
    } else {
        throw ReadError("not a Word document: the package names no main document (no officeDocument "
                        "relationship in _rels/.rels and no word/document.xml)");
    }
    const std::string& mainXml = *package.part(mainPart);

    const auto rels = ooxml::readRelationships(package, mainPart, context);
    if (const std::string* relsXml = package.part(ooxml::relationshipsPartName(mainPart))) parsed += relsXml->size();

    docx::Styles styles;
    if (const ooxml::Relationship* rel = ooxml::findByType(rels, "styles")) {
        if (const std::string* xml = package.part(rel->target)) {
            parsed += xml->size();
            try {
                styles.parse(*xml, context, rel->target);
            } catch (const ReadError& error) {
                if (std::strncmp(error.what(), "malformed XML", 13) != 0) throw;
                styles = docx::Styles();
                document.warnings.push_back(std::string(error.what()) +
                                            " (styles ignored: headings may be missed)");
            }
        }
    }
    docx::Numbering numbering;
    if (const ooxml::Relationship* rel = ooxml::findByType(rels, "numbering")) {
        if (const std::string* xml = package.part(rel->target)) {
            parsed += xml->size();
            try {
                numbering.parse(*xml, context, rel->target);
            } catch (const ReadError& error) {
                if (std::strncmp(error.what(), "malformed XML", 13) != 0) throw;
                numbering = docx::Numbering();
                document.warnings.push_back(std::string(error.what()) + " (list numbering ignored)");
            }
        }
    }

    // Word's "include text boxes, footnotes and endnotes" setting travels with the document; with
    // no settings part Word uses its default, which includes them.
    document.saved.includeNotesAndTextBoxes = 1;
    if (const ooxml::Relationship* rel = ooxml::findByType(rels, "settings")) {
        if (const std::string* xml = package.part(rel->target)) {
            parsed += xml->size();
            try {
                if (docx::excludesNotesFromStatistics(*xml, context, rel->target)) {
                    document.saved.includeNotesAndTextBoxes = 0;
                }
            } catch (const ReadError& error) {
                if (std::strncmp(error.what(), "malformed XML", 13) != 0) throw;
                document.saved.includeNotesAndTextBoxes = -1;
                document.warnings.push_back(std::string(error.what()) + " (settings ignored)");
            }
        }
    }

    std::vector<Block> blocks;
    blocks.reserve(256);
    docx::ListCounters lists(numbering);
    ReaderState state;
    state.styles = &styles;
    state.numbering = &numbering;
    state.lists = &lists;
    state.out = &blocks;

    {
        WordStoryHandler handler(state, Part::Body, true, mainPart);
        parseXml(mainXml, handler, context, mainPart);
        handler.finish();
        if (!handler.sawRoot()) throw ReadError("the main part " + mainPart + " is empty");
        if (handler.altChunks() > 0) {
            document.warnings.push_back(std::to_string(handler.altChunks()) +
                                        " imported chunk(s) (w:altChunk: pasted HTML, RTF or another document "
                                        "kept as a separate part) were not read; their text is missing");
        }
        parsed += mainXml.size();
    }

    document.blocks = std::move(blocks);
    const auto storyParts = [&](std::string_view type, Part part) {
        for (const ooxml::Relationship* rel : ooxml::findAllByType(rels, type)) {
            const std::string* xml = package.part(rel->target);
            if (xml == nullptr) {
                document.warnings.push_back("the " + std::string(partName(part)) + " part '" + rel->target +
                                            "' is missing from the package");
                continue;
            }
            parsed += xml->size();
            state.out = &document.blocks;
            WordStoryHandler handler(state, part, false, rel->target);
            parseOptionalPart(*xml, handler, context, rel->target, document, document.blocks.size());
        }
    };
    storyParts("footnotes", Part::Footnote);
    storyParts("endnotes", Part::Endnote);
    storyParts("comments", Part::Comment);
    storyParts("header", Part::Header);
    storyParts("footer", Part::Footer);

    if (ooxml::readAppStatistics(package, document.saved, context)) {
        if (const std::string* app = package.part("docProps/app.xml")) parsed += app->size();
    }
    document.expandedBytes = parsed;
}

}  // namespace showcase::readers
