// The PowerPoint reader against the generated deck (tools/gen/make_fixtures.py) and variants of
// it made here by replacing parts: presentation order, hidden slides, notes, tables, groups,
// Markup Compatibility, fields, Strict namespaces and the refusals.
#include <catch2/catch.hpp>


#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "readers/reader_test_support.hpp"
#include "support/zip_parts.hpp"

namespace {

using showcase::test::replaceAll;
using showcase::test::unzipParts;
using showcase::test::zipParts;

Document readBytes(const std::string& bytes) { return showcase::test::readWith(&showcase::readers::readPptx, bytes); }


const char* const kNs =
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
    "xmlns:p14=\"http://schemas.microsoft.com/office/powerpoint/2010/main\"";

std::string shape(const std::string& placeholder, const std::string& paragraphs) {
    return "<p:sp><p:nvSpPr><p:cNvPr id=\"9\" name=\"s\"/><p:cNvSpPr/><p:nvPr>" + placeholder +
           "</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/>" + paragraphs + "</p:txBody></p:sp>";
}

std::string para(const std::string& inner) { return "<a:p>" + inner + "</a:p>"; }
std::string run(const std::string& text) { return "<a:r><a:rPr lang=\"en-GB\"/><a:t>" + text + "</a:t></a:r>"; }

std::string slideXml(const std::string& shapes, const std::string& attributes = "") {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:sld ") + kNs + attributes +
           "><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
           "<p:grpSpPr/>" + shapes + "</p:spTree></p:cSld></p:sld>";
}

std::string notesXml(const std::string& shapes) {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><p:notes ") + kNs +
           "><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
           "<p:grpSpPr/>" + shapes + "</p:spTree></p:cSld></p:notes>";
}

// The deck with the slide shown second (file slide4.xml) replaced.
Document deckWithSecondSlide(const std::string& xml) {
    auto entries = unzipParts(fixtureBytes("deck.pptx"));
    entries["ppt/slides/slide4.xml"] = xml;
    return readBytes(zipParts(entries));
}

// The deck with the notes of the first slide shown (file notesSlide2.xml) replaced.
Document deckWithFirstNotes(const std::string& xml) {
    auto entries = unzipParts(fixtureBytes("deck.pptx"));
    entries["ppt/notesSlides/notesSlide2.xml"] = xml;
    return readBytes(zipParts(entries));
}

std::vector<const Block*> blocksOf(const Document& document, int slide) {
    std::vector<const Block*> found;
    for (const auto& block : document.blocks) {
        if (block.index == slide) found.push_back(&block);
    }
    return found;
}

std::vector<std::tuple<Part, std::string>> partsAndTexts(const Document& document, int slide) {
    std::vector<std::tuple<Part, std::string>> out;
    for (const Block* block : blocksOf(document, slide)) out.emplace_back(block->part, block->text);
    return out;
}

using Rows = std::vector<std::tuple<Part, std::string>>;

}  // namespace

TEST_CASE("pptx fixture: slides in presentation order, not file order", "[readers][pptx]") {
    const auto document = readBytes(fixtureBytes("deck.pptx"));
    CHECK(document.reader == "pptx");
    REQUIRE(document.slides.size() == 4);
    auto [number, title, hidden, notes] = GENERATE(table<int, std::string, bool, bool>({
        {1, "Opening slide title", false, true},
        {2, "Second slide title", false, false},
        {3, "Hidden slide title", true, false},
        {4, "Table slide title", false, true},
    }));
    const auto& slide = document.slides[static_cast<std::size_t>(number - 1)];
    CHECK(slide.number == number);
    CHECK(slide.title == title);
    CHECK(slide.hidden == hidden);
    CHECK(slide.hasNotes == notes);
    for (const Block* block : blocksOf(document, number)) {
        INFO(block->text);
        CHECK(block->has(showcase::kHiddenSlide) == hidden);
        CHECK(block->headingPath == std::vector<std::string>{title});
    }
}

TEST_CASE("pptx fixture: the blocks of each slide with their parts", "[readers][pptx]") {
    const auto document = readBytes(fixtureBytes("deck.pptx"));
    CHECK(partsAndTexts(document, 1) == Rows{{Part::SlideTitle, "Opening slide title"},
                                             {Part::SlideBody, "Opening slide body"},
                                             {Part::Notes, "Notes for the opening slide."}});
    CHECK(partsAndTexts(document, 2) ==
          Rows{{Part::SlideTitle, "Second slide title"}, {Part::SlideBody, "Second slide body"}});
    CHECK(partsAndTexts(document, 3) ==
          Rows{{Part::SlideTitle, "Hidden slide title"}, {Part::SlideBody, "Hidden slide body"}});
    CHECK(partsAndTexts(document, 4) == Rows{{Part::SlideTitle, "Table slide title"},
                                             {Part::SlideBody, "Table slide body"},
                                             {Part::Table, "Module"},
                                             {Part::Table, "Slide"},
                                             {Part::Table, "Team working"},
                                             {Part::Table, "Four"},
                                             {Part::Notes, "Notes for the table slide."}});
    CHECK(document.blocks.size() == 14);
    CHECK(document.warnings.empty());
}

TEST_CASE("pptx fixture: statistics saved in docProps/app.xml", "[readers][pptx]") {
    const auto document = readBytes(fixtureBytes("deck.pptx"));
    CHECK(document.saved.slides == 4);
    CHECK(document.saved.hiddenSlides == 1);
    CHECK(document.saved.notes == 2);
    CHECK(document.saved.appVersion == "16.0000");
    CHECK_FALSE(document.saved.application.empty());
    CHECK(document.saved.words > 0);
    CHECK(document.expandedBytes > 0);
}

TEST_CASE("pptx: paragraphs, breaks, fields, groups and tab characters", "[readers][pptx]") {
    const std::string group =
        "<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"20\" name=\"g\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>" +
        shape("", para(run("Grouped text"))) +
        "<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"21\" name=\"g2\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>" +
        shape("", para(run("Nested group text"))) + "</p:grpSp></p:grpSp>";
    const auto document = deckWithSecondSlide(slideXml(
        shape("<p:ph type=\"ctrTitle\"/>", para(run("Centred")) + para(run("title"))) +
        shape("<p:ph idx=\"1\"/>", para(run("First") + "<a:br><a:rPr/></a:br>" + run("line")) + para("") +
                                       para(run("Tab\there")) +
                                       para(run("Date: ") + "<a:fld id=\"{1}\" type=\"datetime1\"><a:t>1/2/2026</a:t></a:fld>") +
                                       para(run("Slide ") + "<a:fld id=\"{2}\" type=\"slidenum\"><a:t>&lt;#&gt;</a:t></a:fld>")) +
        group));
    const auto& slide = document.slides[1];
    CHECK(slide.title == "Centred title");
    CHECK(partsAndTexts(document, 2) == Rows{{Part::SlideTitle, "Centred"},
                                             {Part::SlideTitle, "title"},
                                             {Part::SlideBody, "First line"},
                                             {Part::SlideBody, "Tab here"},
                                             {Part::SlideBody, "Date: 1/2/2026"},
                                             {Part::SlideBody, "Slide 2"},
                                             {Part::SlideBody, "Grouped text"},
                                             {Part::SlideBody, "Nested group text"}});
}

TEST_CASE("pptx: mc:AlternateContent reads the Choice and skips the Fallback", "[readers][pptx]") {
    const auto document = deckWithSecondSlide(slideXml(
        shape("<p:ph type=\"title\"/>", para(run("Alternate"))) +
        "<mc:AlternateContent><mc:Choice Requires=\"p14\">" + shape("", para(run("Choice text"))) +
        "</mc:Choice><mc:Fallback>" + shape("", para(run("Fallback text"))) +
        "</mc:Fallback></mc:AlternateContent>" + shape("", para(run("After")))));
    CHECK(partsAndTexts(document, 2) ==
          Rows{{Part::SlideTitle, "Alternate"}, {Part::SlideBody, "Choice text"}, {Part::SlideBody, "After"}});
}

TEST_CASE("pptx: hidden slides and a slide without a title", "[readers][pptx]") {
    SECTION("show=\"0\" hides the slide and flags all its blocks") {
        const auto document =
            deckWithSecondSlide(slideXml(shape("", para(run("Untitled body"))), " show=\"0\""));
        REQUIRE(document.slides.size() == 4);
        CHECK(document.slides[1].hidden);
        CHECK(document.slides[1].title.empty());
        const auto blocks = blocksOf(document, 2);
        REQUIRE(blocks.size() == 1);
        CHECK(blocks[0]->has(showcase::kHiddenSlide));
        CHECK(blocks[0]->headingPath.empty());
        int hidden = 0;
        for (const auto& slide : document.slides) hidden += slide.hidden ? 1 : 0;
        CHECK(hidden == 2);
    }
    SECTION("show=\"1\" is shown") {
        const auto document = deckWithSecondSlide(slideXml(shape("", para(run("Shown"))), " show=\"1\""));
        CHECK_FALSE(document.slides[1].hidden);
    }
}

TEST_CASE("pptx notes: only the body placeholder: an empty notes page still counts", "[readers][pptx]") {
    SECTION("slide image, number, date, header and footer placeholders are skipped") {
        const auto document = deckWithFirstNotes(notesXml(
            shape("<p:ph type=\"sldImg\"/>", "") +
            shape("<p:ph type=\"body\" idx=\"1\"/>", para(run("First note")) + para(run("Second note"))) +
            shape("<p:ph type=\"sldNum\" idx=\"5\"/>",
                  para("<a:fld id=\"{3}\" type=\"slidenum\"><a:t>1</a:t></a:fld>")) +
            shape("<p:ph type=\"dt\" idx=\"2\"/>", para(run("1 January 2026"))) +
            shape("<p:ph type=\"hdr\"/>", para(run("Header words"))) +
            shape("<p:ph type=\"ftr\" idx=\"4\"/>", para(run("Footer words"))) +
            shape("", para(run("Loose text box")))));
        CHECK(partsAndTexts(document, 1) == Rows{{Part::SlideTitle, "Opening slide title"},
                                                 {Part::SlideBody, "Opening slide body"},
                                                 {Part::Notes, "First note"},
                                                 {Part::Notes, "Second note"}});
    }
    SECTION("a notes page with no text") {
        const auto document = deckWithFirstNotes(notesXml(shape("<p:ph type=\"body\" idx=\"1\"/>", para(""))));
        CHECK(document.slides[0].hasNotes);
        for (const Block* block : blocksOf(document, 1)) CHECK(block->part != Part::Notes);
    }
}

TEST_CASE("pptx: Strict namespaces read like Transitional", "[readers][pptx]") {
    auto entries = unzipParts(fixtureBytes("deck.pptx"));
    for (auto& [name, data] : entries) {
        replaceAll(data, "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                   "http://purl.oclc.org/ooxml/officeDocument/relationships");
        replaceAll(data, "http://schemas.openxmlformats.org/presentationml/2006/main",
                   "http://purl.oclc.org/ooxml/presentationml/main");
        replaceAll(data, "http://schemas.openxmlformats.org/drawingml/2006/main",
                   "http://purl.oclc.org/ooxml/drawingml/main");
    }
    const auto document = readBytes(zipParts(entries));
    REQUIRE(document.slides.size() == 4);
    CHECK(document.slides[0].title == "Opening slide title");
    CHECK(document.slides[2].hidden);
    CHECK(document.slides[3].hasNotes);
    CHECK(document.blocks.size() == 14);
}

TEST_CASE("pptx: refusals", "[readers][pptx]") {
    SECTION("not a zip") {
        CHECK_THROWS_AS(readBytes("This is not a presentation."), ReadError);
    }
    SECTION("a zip without a presentation part") {
        CHECK_THROWS_WITH(readBytes(zipParts({{"hello.txt", "hi"}})), Catch::Contains("no presentation part"));
    }
    SECTION("a Word document is not a deck") {
        auto entries = unzipParts(fixtureBytes("deck.pptx"));
        entries["ppt/presentation.xml"] =
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>";
        CHECK_THROWS_WITH(readBytes(zipParts(entries)), Catch::Contains("not a PowerPoint presentation"));
    }
    SECTION("malformed slide XML names the part") {
        auto entries = unzipParts(fixtureBytes("deck.pptx"));
        entries["ppt/slides/slide1.xml"] = "<p:sld><unclosed>";
        CHECK_THROWS_WITH(readBytes(zipParts(entries)), Catch::Contains("ppt/slides/slide1.xml"));
    }
    SECTION("a missing slide part is skipped with a warning") {
        auto entries = unzipParts(fixtureBytes("deck.pptx"));
        entries.erase("ppt/slides/slide4.xml");
        const auto document = readBytes(zipParts(entries));
        REQUIRE(document.slides.size() == 3);
        CHECK(document.slides[1].title == "Hidden slide title");
        CHECK(document.slides[1].number == 2);
        REQUIRE(document.warnings.size() == 1);
        CHECK(document.warnings[0].find("ppt/slides/slide4.xml") != std::string::npos);
    }
}
