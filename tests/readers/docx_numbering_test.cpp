// The docx reader's automatic list labels (Block::listLabel, from numbering.xml) and Word's
// statistics setting (SavedStatistics::includeNotesAndTextBoxes, from settings.xml).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "readers/docx_numbering.hpp"
#include "readers/reader_test_support.hpp"
#include "support/zip_parts.hpp"

namespace {

Document readBytes(const std::string& bytes) { return showcase::test::readWith(&showcase::readers::readDocx, bytes); }

const Block* findText(const Document& document, const std::string& text) {
    for (const auto& block : document.blocks) {
        if (block.text == text) return &block;
    }
    return nullptr;
}

const std::string kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

std::string level(int ilvl, const std::string& format, const std::string& text, int start = 1) {
    return "<w:lvl w:ilvl=\"" + std::to_string(ilvl) + "\"><w:start w:val=\"" + std::to_string(start) +
           "\"/><w:numFmt w:val=\"" + format + "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
}

std::string numbered(const std::string& text, int numId, int ilvl, const std::string& style = "") {
    return "<w:p><w:pPr>" + (style.empty() ? "" : "<w:pStyle w:val=\"" + style + "\"/>") +
           "<w:numPr><w:ilvl w:val=\"" + std::to_string(ilvl) + "\"/><w:numId w:val=\"" + std::to_string(numId) +
           "\"/></w:numPr></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

// list.docx with its numbering part and body replaced.
Document withNumbering(const std::string& numberingBody, const std::string& body) {
    auto parts = showcase::test::unzipParts(fixtureBytes("list.docx"));
    parts.at("word/numbering.xml") = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering xmlns:w=\"" +
                                     kWordNamespace + "\">" + numberingBody + "</w:numbering>";
    std::string& document = parts.at("word/document.xml");
    const auto open = document.find("<w:body>") + 8;
    document.replace(open, document.find("<w:sectPr") - open, body);
    return readBytes(showcase::test::zipParts(parts));
}

std::vector<std::string> labels(const Document& document) {
    std::vector<std::string> found;
    for (const auto& block : document.blocks) found.push_back(block.listLabel);
    return found;
}

}  // namespace

TEST_CASE("docx list labels: bullets and numbers of the generated list fixture", "[docx][readers][numbering]") {
    const Document document = readBytes(fixtureBytes("list.docx"));
    auto [text, label] = GENERATE(table<std::string, std::string>({
        {"Lists follow.", ""},
        {"First bullet item", "\u2022"},
        {"Nested bullet item", "o"},
        {"Second bullet item", "\u2022"},
        {"Step one of the process", "1."},
        {"Step two of the process", "2."},
    }));
    INFO(text);
    const Block* block = findText(document, text);
    REQUIRE(block != nullptr);
    CHECK(block->listLabel == label);
    CHECK(block->text == text);  // the label is never part of the text
}

TEST_CASE("docx list labels: levels, formats, restarts and shared definitions", "[docx][readers][numbering]") {
    const std::string outline = "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "decimal", "%1.") +
                                level(1, "lowerLetter", "%1.%2)") + level(2, "upperRoman", "(%3)") + "</w:abstractNum>";
    SECTION("deeper levels restart under a new parent; %1..%9 take each level's own format") {
        const Document document = withNumbering(
            outline + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
            numbered("one", 1, 0) + numbered("one a", 1, 1) + numbered("one b", 1, 1) + numbered("one b i", 1, 2) +
                numbered("one b ii", 1, 2) + numbered("two", 1, 0) + numbered("two a", 1, 1));
        CHECK(labels(document) == std::vector<std::string>{"1.", "1.a)", "1.b)", "(I)", "(II)", "2.", "2.a)"});
    }
    SECTION("lists sharing a definition continue; a start override restarts on first use") {
        const Document document = withNumbering(
            outline + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/></w:num>"
                      "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/>"
                      "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>",
            numbered("first", 1, 0) + numbered("second", 1, 0) + numbered("continued", 2, 0) +
                numbered("restarted", 3, 0) + numbered("after restart", 3, 0));
        CHECK(labels(document) == std::vector<std::string>{"1.", "2.", "3.", "5.", "6."});
    }
    SECTION("an empty numbered paragraph still uses up its number") {
        const Document document = withNumbering(
            outline + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
            numbered("one", 1, 0) + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:p>" +
                numbered("three", 1, 0));
        CHECK(labels(document) == std::vector<std::string>{"1.", "3."});
    }
    SECTION("symbol-font and picture bullets show as a plain bullet; format none shows nothing") {
        const Document document = withNumbering(
            "<w:abstractNum w:abstractNumId=\"0\">" + level(0, "bullet", "\xEF\x82\xB7") + level(1, "none", "") +
                "<w:lvl w:ilvl=\"2\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\"/><w:lvlPicBulletId w:val=\"0\"/></w:lvl>"
                "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
            numbered("symbol", 1, 0) + numbered("none", 1, 1) + numbered("picture", 1, 2));
        CHECK(labels(document) == std::vector<std::string>{"\u2022", "", "\u2022"});
    }
    SECTION("a list style: the definition with numStyleLink borrows the levels of the styleLink one") {
        const Document document = withNumbering(
            "<w:abstractNum w:abstractNumId=\"0\"><w:styleLink w:val=\"ReportList\"/>" + level(0, "upperLetter", "%1.") +
                "</w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"ReportList\"/></w:abstractNum>"
                "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>",
            numbered("first", 1, 0) + numbered("second", 1, 0));
        CHECK(labels(document) == std::vector<std::string>{"A.", "B."});
    }
    SECTION("a numbered heading gets its label and stays a heading, not a list item") {
        const Document document = withNumbering(
            outline + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>",
            numbered("Introduction", 1, 0, "Heading1") + numbered("Scope", 1, 1, "Heading2"));
        REQUIRE(document.blocks.size() == 2);
        CHECK(document.blocks[0].listLabel == "1.");
        CHECK(document.blocks[1].listLabel == "1.a)");
        CHECK(document.blocks[0].has(showcase::kHeading));
        CHECK_FALSE(document.blocks[0].has(showcase::kListItem));
    }
}

TEST_CASE("list numbers in each w:numFmt", "[docx][readers][numbering]") {
    using showcase::readers::docx::formatListNumber;
    CHECK(formatListNumber(3, "decimal") == "3");
    CHECK(formatListNumber(3, "decimalZero") == "03");
    CHECK(formatListNumber(2, "lowerLetter") == "b");
    CHECK(formatListNumber(28, "lowerLetter") == "bb");
    CHECK(formatListNumber(26, "upperLetter") == "Z");
    CHECK(formatListNumber(14, "lowerRoman") == "xiv");
    CHECK(formatListNumber(1994, "upperRoman") == "MCMXCIV");
    CHECK(formatListNumber(7, "ordinalText") == "7");  // formats we do not model show as decimal
    CHECK(formatListNumber(7, "none").empty());
}

TEST_CASE("docx: Word's include-notes-and-text-boxes setting is read from settings.xml", "[docx][readers]") {
    CHECK(readBytes(fixtureBytes("footnote.docx")).saved.includeNotesAndTextBoxes == 1);
    CHECK(readBytes(fixtureBytes("wc-P16.docx")).saved.includeNotesAndTextBoxes == 0);

    auto parts = showcase::test::unzipParts(fixtureBytes("wc-P16.docx"));
    SECTION("switched off explicitly") {
        showcase::test::replaceAll(parts.at("word/settings.xml"), "<w:doNotIncludeSubdocsInStats/>",
                                   "<w:doNotIncludeSubdocsInStats w:val=\"false\"/>");
        CHECK(readBytes(showcase::test::zipParts(parts)).saved.includeNotesAndTextBoxes == 1);
    }
    SECTION("no settings part: Word's default, included") {
        parts.erase("word/settings.xml");
        CHECK(readBytes(showcase::test::zipParts(parts)).saved.includeNotesAndTextBoxes == 1);
    }
    SECTION("malformed settings: unknown, with a warning, and the text still read") {
        parts.at("word/settings.xml") = "<w:settings";
        const Document document = readBytes(showcase::test::zipParts(parts));
        CHECK(document.saved.includeNotesAndTextBoxes == -1);
        CHECK_FALSE(document.warnings.empty());
        CHECK_FALSE(document.blocks.empty());
    }
}
