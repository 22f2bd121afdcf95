// The Word reader against the generated fixtures (tools/gen/make_fixtures.py): text in the final
// view, parts, flags, heading paths, and the refusals.
#include <catch2/catch.hpp>


#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "readers/ooxml_common.hpp"
#include "readers/package.hpp"
#include "readers/reader_test_support.hpp"
#include "support/zip_parts.hpp"

using showcase::readers::ReadContext;
using showcase::readers::ReadLimits;
using showcase::test::FixtureExpectation;

namespace {

Document readBytes(const std::string& bytes) { return showcase::test::readWith(&showcase::readers::readDocx, bytes); }

Document read(const std::string& name) { return readBytes(fixtureBytes(name)); }

bool visible(const Block& block) {
    return !block.has(showcase::kHiddenText) && !block.has(showcase::kTrackedDeletion);
}

std::vector<const Block*> blocksOf(const Document& document, Part part, bool visibleOnly = true) {
    std::vector<const Block*> found;
    for (const auto& block : document.blocks) {
        if (block.part == part && (!visibleOnly || visible(block))) found.push_back(&block);
    }
    return found;
}

// The visible text of the main story: body, tables and text boxes, one block per line.
std::string mainText(const Document& document) {
    std::string text;
    for (const auto& block : document.blocks) {
        if (!visible(block)) continue;
        if (block.part == Part::Body || block.part == Part::Table || block.part == Part::TextBox) {
            text += block.text;
            text += '\n';
        }
    }
    return text;
}

std::string allText(const Document& document) {
    std::string text;
    for (const auto& block : document.blocks) {
        text += block.text;
        text += '\n';
    }
    return text;
}

long long countOccurrences(const std::string& haystack, const std::string& needle) {
    long long count = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) {
        ++count;
    }
    return count;
}

long long whitespaceWords(const std::string& text) {
    std::istringstream in(text);
    std::string word;
    long long count = 0;
    while (in >> word) ++count;
    return count;
}

const Block* findText(const Document& document, Part part, const std::string& text) {
    for (const auto& block : document.blocks) {
        if (block.part == part && block.text == text) return &block;
    }
    return nullptr;
}

std::vector<FixtureExpectation> docxExpectations() {
    std::vector<FixtureExpectation> rows;
    for (auto& row : showcase::test::fixtureExpectations()) {
        if (showcase::test::extensionOf(row.file) == "docx") rows.push_back(std::move(row));
    }
    return rows;
}

void replaceOnce(std::string& text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
}

// Puts `bodyXml` in place of the body content of document.xml: all of w:body before w:sectPr.
void replaceBody(std::string& documentXml, const std::string& bodyXml) {
    const std::string bodyStart = "<w:body>";
    const auto body = documentXml.find(bodyStart);
    const auto sectionProperties = documentXml.find("<w:sectPr");
    REQUIRE(body != std::string::npos);
    REQUIRE(sectionProperties != std::string::npos);
    const auto open = body + bodyStart.size();
    documentXml.replace(open, sectionProperties - open, bodyXml);
}

// A variant of a fixture whose body content is `bodyXml`.
std::string withBody(const std::string& fixtureName, const std::string& bodyXml) {
    auto entries = showcase::test::unzipParts(fixtureBytes(fixtureName));
    replaceBody(entries.at("word/document.xml"), bodyXml);
    return showcase::test::zipParts(entries);
}

}  // namespace

TEST_CASE("docx fixtures give what fixtures.tsv promises", "[docx][readers]") {
    const auto rows = docxExpectations();
    REQUIRE(rows.size() >= 60);
    std::map<std::string, Document> documents;
    for (const auto& row : rows) {
        DYNAMIC_SECTION(row.file << " " << row.feature << " " << row.role << " '" << row.expected << "'") {
            if (row.role == "error") {
                // Password-protected, empty and mislabelled files are caught by sniffing before a
                // reader runs; the reader must still refuse them cleanly, never crash.
                try {
                    readBytes(fixtureBytes(row.file));
                    FAIL("read without error");
                } catch (const ReadError& error) {
                    if (row.expected == "malformed-xml") {
                        CHECK_THAT(error.what(), Catch::Contains("malformed XML in word/document.xml"));
                    }
                }
                continue;
            }
            if (documents.count(row.file) == 0) documents.emplace(row.file, read(row.file));
            const Document& document = documents.at(row.file);
            const std::string body = mainText(document);
            const auto& want = row.expected;
            const auto hasBlock = [&](auto predicate) {
                return std::any_of(document.blocks.begin(), document.blocks.end(), predicate);
            };
            if (row.role == "paragraph" || row.role == "content-control") {
                CHECK(hasBlock([&](const Block& b) { return b.part == Part::Body && visible(b) && b.text == want; }));
            } else if (row.role == "body" || row.role == "field-result" || row.role == "inserted") {
                CHECK_THAT(body, Catch::Contains(want));
            } else if (row.role == "once") {
                CHECK(countOccurrences(allText(document), want) == 1);
            } else if (row.role == "absent") {
                CHECK_THAT(body, !Catch::Contains(want));
            } else if (row.role == "field-instruction") {
                CHECK_THAT(allText(document), !Catch::Contains(want));
            } else if (row.role.rfind("heading", 0) == 0) {
                const int level = row.role.back() - '0';
                CHECK(hasBlock([&](const Block& b) {
                    return b.has(showcase::kHeading) && b.headingLevel == level && b.text == want;
                }));
            } else if (row.role == "title") {
                CHECK(hasBlock([&](const Block& b) { return b.style == "Title" && b.text == want; }));
            } else if (row.role == "list-bullet" || row.role == "list-number" || row.role == "list-bullet-level2") {
                const int level = row.role == "list-bullet-level2" ? 1 : 0;
                CHECK(hasBlock([&](const Block& b) {
                    return b.has(showcase::kListItem) && b.listLevel == level && b.text == want;
                }));
            } else if (row.role.rfind("cell:", 0) == 0) {
                // Both table fixtures are two columns wide: cells come row by row, left to right.
                const int r = row.role[5] - '0';
                const int c = row.role[7] - '0';
                const Block* cell = findText(document, Part::Table, want);
                REQUIRE(cell != nullptr);
                CHECK(cell->index == (r - 1) * 2 + c);
            } else if (row.role == "footnote" || row.role == "endnote" || row.role == "header" ||
                       row.role == "footer" || row.role == "comment") {
                const std::map<std::string, Part> parts = {{"footnote", Part::Footnote}, {"endnote", Part::Endnote},
                                                           {"header", Part::Header},     {"footer", Part::Footer},
                                                           {"comment", Part::Comment}};
                CHECK(findText(document, parts.at(row.role), want) != nullptr);
            } else if (row.role == "deleted") {
                CHECK(hasBlock([&](const Block& b) { return b.has(showcase::kTrackedDeletion) && b.text == want; }));
            } else if (row.role == "hidden") {
                CHECK(hasBlock([&](const Block& b) { return b.has(showcase::kHiddenText) && b.text == want; }));
            } else if (row.role == "count:words") {
                CHECK(whitespaceWords(body) == std::stoll(want));
            } else if (row.role == "count:footnotes" || row.role == "count:endnotes") {
                const Part part = row.role == "count:footnotes" ? Part::Footnote : Part::Endnote;
                std::set<int> notes;
                for (const Block* block : blocksOf(document, part, false)) notes.insert(block->index);
                CHECK(static_cast<long long>(notes.size()) == std::stoll(want));
            } else {
                FAIL("no check written for role " << row.role);
            }
        }
    }
}

TEST_CASE("docx headings: styles, outline levels, localised names and the heading path", "[docx][readers]") {
    const Document document = read("headings.docx");
    CHECK(document.reader == "docx");
    CHECK(document.expandedBytes > 0);
    auto [text, level, style, path] =
        GENERATE(table<std::string, int, std::string, std::vector<std::string>>({
            {"Showcase heading fixture", 1, "Title", {}},
            {"Understanding the organisation", 1, "Heading 1", {}},
            {"Body text under the first heading.", 0, "Normal", {"Understanding the organisation"}},
            {"Aims of the organisation", 2, "Heading 2", {"Understanding the organisation"}},
            {"Body text under the second heading.", 0, "Normal",
             {"Understanding the organisation", "Aims of the organisation"}},
            {"Brand promise detail", 3, "Heading 3", {"Understanding the organisation", "Aims of the organisation"}},
            // styleId "berschrift1", w:name "heading 1", no outline level: recognised by its name.
            {"Gesetzliche Vorgaben", 1, "Heading 1", {}},
            {"Datenschutz im Alltag", 2, "\xC3\x9C" "berschrift 2", {"Gesetzliche Vorgaben"}},
            {"Outline level only section", 3, "Report Section", {"Gesetzliche Vorgaben", "Datenschutz im Alltag"}},
            {"Direct outline paragraph", 2, "Normal", {"Gesetzliche Vorgaben"}},
            {"Closing body paragraph.", 0, "Normal", {"Gesetzliche Vorgaben", "Direct outline paragraph"}},
        }));
    INFO(text);
    const Block* block = findText(document, Part::Body, text);
    REQUIRE(block != nullptr);
    CHECK(block->headingLevel == level);
    CHECK(block->has(showcase::kHeading) == (level > 0));
    CHECK(block->style == style);
    CHECK(block->headingPath == path);
    CHECK_FALSE(block->has(showcase::kListItem));
}

TEST_CASE("docx heading levels follow basedOn, and outline level 9 means body text", "[docx][readers]") {
    auto entries = showcase::test::unzipParts(fixtureBytes("headings.docx"));
    replaceOnce(entries.at("word/styles.xml"), "</w:styles>",
                "<w:style w:type=\"paragraph\" w:styleId=\"ChapterTitle\"><w:name w:val=\"Chapter Title\"/>"
                "<w:basedOn w:val=\"Heading2\"/></w:style>"
                "<w:style w:type=\"paragraph\" w:styleId=\"LoopA\"><w:name w:val=\"Loop A\"/>"
                "<w:basedOn w:val=\"LoopB\"/></w:style>"
                "<w:style w:type=\"paragraph\" w:styleId=\"LoopB\"><w:name w:val=\"Loop B\"/>"
                "<w:basedOn w:val=\"LoopA\"/></w:style></w:styles>");
    replaceBody(entries.at("word/document.xml"),
                "<w:p><w:pPr><w:pStyle w:val=\"ChapterTitle\"/></w:pPr><w:r><w:t>Inherited level</w:t></w:r></w:p>"
                "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:outlineLvl w:val=\"9\"/></w:pPr>"
                "<w:r><w:t>Demoted to body</w:t></w:r></w:p>"
                "<w:p><w:pPr><w:pStyle w:val=\"LoopA\"/></w:pPr><w:r><w:t>Style loop</w:t></w:r></w:p>"
                "<w:p><w:pPr><w:pStyle w:val=\"NoSuchStyle\"/></w:pPr><w:r><w:t>Unknown style</w:t></w:r></w:p>");
    const Document document = readBytes(showcase::test::zipParts(entries));
    auto [text, level, style] = GENERATE(table<std::string, int, std::string>({
        {"Inherited level", 2, "Chapter Title"},
        {"Demoted to body", 0, "Heading 1"},
        {"Style loop", 0, "Loop A"},
        {"Unknown style", 0, "Normal"},
    }));
    INFO(text);
    const Block* block = findText(document, Part::Body, text);
    REQUIRE(block != nullptr);
    CHECK(block->headingLevel == level);
    CHECK(block->style == style);
}

TEST_CASE("docx body paragraphs are numbered in order and the saved statistics are read", "[docx][readers]") {
    const Document document = read("headings.docx");
    const auto body = blocksOf(document, Part::Body);
    REQUIRE(body.size() == 11);
    for (std::size_t i = 0; i < body.size(); ++i) CHECK(body[i]->index == static_cast<int>(i) + 1);
    CHECK(document.saved.application == "showcase tools/gen");
    CHECK(document.saved.appVersion == "16.0000");
    CHECK(document.saved.words == 40);
    CHECK(document.saved.characters > 0);
    CHECK(document.warnings.empty());
}

TEST_CASE("docx lists carry their level, plain paragraphs none", "[docx][readers]") {
    const Document document = read("list.docx");
    auto [text, listItem, level] = GENERATE(table<std::string, bool, int>({
        {"Lists follow.", false, -1},
        {"First bullet item", true, 0},
        {"Nested bullet item", true, 1},
        {"Second bullet item", true, 0},
        {"Step one of the process", true, 0},
        {"Step two of the process", true, 0},
    }));
    INFO(text);
    const Block* block = findText(document, Part::Body, text);
    REQUIRE(block != nullptr);
    CHECK(block->has(showcase::kListItem) == listItem);
    CHECK(block->listLevel == level);
    CHECK(block->style == (listItem ? "List Paragraph" : "Normal"));
}

TEST_CASE("docx tables: each cell paragraph is a Table block, in row and cell order", "[docx][readers]") {
    const Document document = read("table.docx");
    std::vector<std::string> cells;
    for (const Block* block : blocksOf(document, Part::Table)) cells.push_back(block->text);
    CHECK(cells == std::vector<std::string>{"Alpha cell", "Bravo cell", "Charlie cell", "Delta cell"});
    std::vector<std::string> body;
    for (const Block* block : blocksOf(document, Part::Body)) body.push_back(block->text);
    CHECK(body == std::vector<std::string>{"Table follows.", "Table ends."});
    // Table blocks sit between the paragraphs around the table.
    REQUIRE(document.blocks.size() == 6);
    CHECK(document.blocks.front().text == "Table follows.");
    CHECK(document.blocks.back().text == "Table ends.");

    SECTION("nested tables are read too, as Table blocks") {
        const std::string nested =
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Outer cell</w:t></w:r></w:p>"
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Inner cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            "<w:p/></w:tc></w:tr></w:tbl><w:p><w:r><w:t>After both.</w:t></w:r></w:p>";
        const Document variant = readBytes(withBody("table.docx", nested));
        std::vector<std::string> texts;
        for (const Block* block : blocksOf(variant, Part::Table)) texts.push_back(block->text);
        CHECK(texts == std::vector<std::string>{"Outer cell", "Inner cell"});
        REQUIRE(findText(variant, Part::Body, "After both.") != nullptr);
        CHECK(findText(variant, Part::Body, "After both.")->index == 1);
    }
}

TEST_CASE("docx text boxes are read once, after their anchor paragraph", "[docx][readers]") {
    const Document document = read("textbox.docx");
    REQUIRE(document.blocks.size() == 3);
    CHECK(document.blocks[0].part == Part::Body);
    CHECK(document.blocks[0].text == "Before the box.");
    CHECK(document.blocks[1].part == Part::TextBox);
    CHECK(document.blocks[1].text == "Inside the text box");
    CHECK(document.blocks[1].index == 1);
    CHECK(document.blocks[2].text == "After the box.");
    CHECK(document.blocks[2].index == 2);

    SECTION("without an mc:Choice the mc:Fallback is read instead") {
        auto entries = showcase::test::unzipParts(fixtureBytes("textbox.docx"));
        std::string& xml = entries.at("word/document.xml");
        const auto choice = xml.find("<mc:Choice");
        const auto fallback = xml.find("<mc:Fallback>");
        REQUIRE(choice != std::string::npos);
        REQUIRE(fallback != std::string::npos);
        xml.erase(choice, fallback - choice);
        const Document variant = readBytes(showcase::test::zipParts(entries));
        const auto boxes = blocksOf(variant, Part::TextBox);
        REQUIRE(boxes.size() == 1);
        CHECK(boxes[0]->text == "Inside the text box");
    }
    SECTION("VML WordArt keeps its text in an attribute") {
        const Document variant = readBytes(withBody(
            "textbox.docx",
            "<w:p><w:r><w:t>Cover</w:t></w:r><w:r><w:pict><v:shape><v:textpath on=\"t\"/>"
            "<v:textpath string=\"Big Title Words\"/></v:shape></w:pict></w:r></w:p>"));
        REQUIRE(variant.blocks.size() == 2);
        CHECK(variant.blocks[0].text == "Cover");
        CHECK(variant.blocks[1].part == Part::TextBox);
        CHECK(variant.blocks[1].text == "Big Title Words");
        CHECK(variant.blocks[1].style.empty());
    }
}

TEST_CASE("docx footnotes and endnotes: separators skipped, reference marks dropped", "[docx][readers]") {
    auto [name, part, text, bodyText] = GENERATE(table<std::string, Part, std::string, std::string>({
        {"footnote.docx", Part::Footnote, "Footnote text about the source.", "The report cites a source."},
        {"endnote.docx", Part::Endnote, "Endnote text at the end.", "The conclusion has an endnote."},
    }));
    const Document document = read(name);
    const auto notes = blocksOf(document, part, false);
    REQUIRE(notes.size() == 1);  // the separator and continuation separator are not notes
    CHECK(notes[0]->text == text);
    CHECK(notes[0]->index == 1);
    CHECK(notes[0]->headingPath.empty());
    const auto body = blocksOf(document, Part::Body);
    REQUIRE(body.size() == 1);
    CHECK(body[0]->text == bodyText);
}

TEST_CASE("docx headers, footers and comments are blocks of their own parts", "[docx][readers]") {
    const Document hf = read("header-footer.docx");
    CHECK(blocksOf(hf, Part::Header).size() == 1);
    CHECK(blocksOf(hf, Part::Header)[0]->text == "Header text for the apprentice");
    CHECK(blocksOf(hf, Part::Footer)[0]->text == "Footer text with page 1");  // a PAGE field's result
    CHECK(blocksOf(hf, Part::Body).size() == 1);

    const Document comment = read("comment.docx");
    const auto comments = blocksOf(comment, Part::Comment);
    REQUIRE(comments.size() == 1);
    CHECK(comments[0]->text == "Comment from the reviewer.");
    CHECK(comments[0]->index == 1);
    CHECK(blocksOf(comment, Part::Body)[0]->text == "The manager reviewed this sentence.");
}

TEST_CASE("docx fields: results are text, instructions never", "[docx][readers]") {
    const Document document = read("fields.docx");
    std::vector<std::string> texts;
    for (const auto& block : document.blocks) texts.push_back(block.text);
    CHECK(texts == std::vector<std::string>{"Page 7 of 9", "Visit the showcase portal link today."});

    SECTION("nested fields show only the outer result") {
        const std::string nested =
            "<w:p><w:r><w:t xml:space=\"preserve\">Total </w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>innerresult</w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:instrText> = 1 \"yes\" </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>outer</w:t></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> done</w:t></w:r></w:p>";
        const Document variant = readBytes(withBody("fields.docx", nested));
        REQUIRE(variant.blocks.size() == 1);
        CHECK(variant.blocks[0].text == "Total outer done");
    }
}

TEST_CASE("docx tracked changes: the final view, with deletions kept aside", "[docx][readers]") {
    const Document document = read("tracked.docx");
    REQUIRE(document.blocks.size() == 2);
    const Block& shown = document.blocks[0];
    const Block& gone = document.blocks[1];
    CHECK(shown.text == "The customer was delighted with the outcome.");
    CHECK(shown.flags == 0);
    CHECK(gone.text == "furious");
    CHECK(gone.has(showcase::kTrackedDeletion));
    CHECK(gone.part == shown.part);
    CHECK(gone.index == shown.index);

    SECTION("a paragraph deleted entirely is still visible to callers, flagged") {
        const std::string body =
            "<w:p><w:del w:id=\"9\" w:author=\"R\"><w:r><w:delText>Whole paragraph removed</w:delText></w:r>"
            "</w:del></w:p><w:p><w:moveFrom w:id=\"10\" w:author=\"R\"><w:r><w:t>Moved away</w:t></w:r>"
            "</w:moveFrom></w:p>";
        const Document variant = readBytes(withBody("tracked.docx", body));
        REQUIRE(variant.blocks.size() == 2);
        CHECK(variant.blocks[0].text == "Whole paragraph removed");
        CHECK(variant.blocks[0].flags == showcase::kTrackedDeletion);
        CHECK(variant.blocks[1].text == "Moved away");
        CHECK(variant.blocks[1].flags == showcase::kTrackedDeletion);
    }
}

TEST_CASE("docx hidden text is kept out of the visible text", "[docx][readers]") {
    const Document document = read("hidden.docx");
    REQUIRE(document.blocks.size() == 2);
    CHECK(document.blocks[0].text == "Visible start visible end.");
    CHECK(document.blocks[1].text == "concealed remark");
    CHECK(document.blocks[1].flags == showcase::kHiddenText);
    CHECK(document.blocks[1].index == document.blocks[0].index);

    SECTION("hidden through a character style, and w:vanish w:val=\"0\" showing text again") {
        auto entries = showcase::test::unzipParts(fixtureBytes("hidden.docx"));
        replaceOnce(entries.at("word/styles.xml"), "</w:styles>",
                    "<w:style w:type=\"character\" w:styleId=\"Secret\"><w:name w:val=\"Secret\"/>"
                    "<w:rPr><w:vanish/></w:rPr></w:style></w:styles>");
        replaceBody(entries.at("word/document.xml"),
                    "<w:p><w:r><w:t xml:space=\"preserve\">Shown </w:t></w:r>"
                    "<w:r><w:rPr><w:rStyle w:val=\"Secret\"/></w:rPr><w:t>styled-away</w:t></w:r>"
                    "<w:r><w:rPr><w:rStyle w:val=\"Secret\"/><w:vanish w:val=\"0\"/></w:rPr>"
                    "<w:t xml:space=\"preserve\"> back</w:t></w:r></w:p>");
        const Document variant = readBytes(showcase::test::zipParts(entries));
        REQUIRE(variant.blocks.size() == 2);
        CHECK(variant.blocks[0].text == "Shown  back");
        CHECK(variant.blocks[1].text == "styled-away");
        CHECK(variant.blocks[1].has(showcase::kHiddenText));
    }
}

TEST_CASE("docx content controls are transparent", "[docx][readers]") {
    const Document document = read("sdt.docx");
    std::vector<std::string> texts;
    for (const Block* block : blocksOf(document, Part::Body)) texts.push_back(block->text);
    CHECK(texts ==
          std::vector<std::string>{"Before the control.", "Text inside a content control", "Apprentice: Jordan Example"});
}

TEST_CASE("docx Strict documents read like Transitional ones", "[docx][readers]") {
    const Document document = read("strict.docx");
    CHECK(document.warnings.empty());
    auto [part, index, text, heading, path] = GENERATE(table<Part, int, std::string, int, std::vector<std::string>>({
        {Part::Body, 1, "Strict heading", 1, {}},
        {Part::Body, 2, "Strict body paragraph", 0, {"Strict heading"}},
        {Part::Table, 1, "Strict cell one", 0, {"Strict heading"}},
        {Part::Table, 4, "Strict cell four", 0, {"Strict heading"}},
        {Part::Footnote, 1, "Strict footnote text", 0, {}},
    }));
    INFO(text);
    const Block* block = findText(document, part, text);
    REQUIRE(block != nullptr);
    CHECK(block->index == index);
    CHECK(block->headingLevel == heading);
    CHECK(block->headingPath == path);
    CHECK(document.saved.words == 17);
}

TEST_CASE("docx refusals name the reason", "[docx][readers]") {
    SECTION("malformed document.xml") {
        CHECK_THROWS_WITH(read("malformed-xml.docx"), Catch::Contains("malformed XML in word/document.xml"));
    }
    SECTION("the main part named in _rels/.rels is missing") {
        auto entries = showcase::test::unzipParts(fixtureBytes("headings.docx"));
        entries.erase("word/document.xml");
        CHECK_THROWS_WITH(readBytes(showcase::test::zipParts(entries)),
                          Catch::Contains("word/document.xml") && Catch::Contains("missing"));
    }
    SECTION("no main document at all") {
        CHECK_THROWS_WITH(readBytes(showcase::test::zipParts({{"notes.txt", "just a zip"}})), Catch::Contains("not a Word document"));
    }
    SECTION("the main part is not WordprocessingML") {
        auto entries = showcase::test::unzipParts(fixtureBytes("headings.docx"));
        entries["word/document.xml"] = "<?xml version=\"1.0\"?><html><body>hello</body></html>";
        CHECK_THROWS_WITH(readBytes(showcase::test::zipParts(entries)), Catch::Contains("not a WordprocessingML document"));
    }
    SECTION("a damaged footnotes part costs only its own text, with a warning") {
        auto entries = showcase::test::unzipParts(fixtureBytes("footnote.docx"));
        entries.at("word/footnotes.xml") = "<w:footnotes><w:footnote>";
        const Document document = readBytes(showcase::test::zipParts(entries));
        CHECK(blocksOf(document, Part::Body).size() == 1);
        CHECK(blocksOf(document, Part::Footnote).empty());
        REQUIRE(document.warnings.size() == 1);
        CHECK_THAT(document.warnings[0], Catch::Contains("word/footnotes.xml"));
    }
}

TEST_CASE("ooxml relationships resolve targets and match types by suffix", "[docx][readers]") {
    const ReadLimits limits;
    const ReadContext context(limits);
    const showcase::readers::Package package(fixtureBytes("strict.docx"), showcase::readers::ooxml::isXmlOrRels,
                                             context);
    namespace ooxml = showcase::readers::ooxml;
    CHECK(ooxml::findMainPart(package, "officeDocument", context) == "word/document.xml");
    const auto rels = ooxml::readRelationships(package, "word/document.xml", context);
    const ooxml::Relationship* styles = ooxml::findByType(rels, "styles");
    REQUIRE(styles != nullptr);
    CHECK(styles->target == "word/styles.xml");
    CHECK_FALSE(styles->external);
    CHECK(ooxml::findByType(rels, "/footnotes") != nullptr);
    CHECK(ooxml::findByType(rels, "notes") == nullptr);  // a whole segment, not any suffix
    CHECK(ooxml::relationshipsPartName("ppt/slides/slide1.xml") == "ppt/slides/_rels/slide1.xml.rels");
    showcase::SavedStatistics saved;
    CHECK(ooxml::readAppStatistics(package, saved, context));
    CHECK(saved.words == 17);
}
