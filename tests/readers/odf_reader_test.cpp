// The OpenDocument readers (odt, odp) against the generated fixtures (tools/gen/make_fixtures.py)
// and variants of them made here by replacing content.xml, styles.xml or the manifest.
#include <catch2/catch.hpp>


#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "readers/reader_test_support.hpp"
#include "support/zip_parts.hpp"

namespace {

using showcase::test::unzipParts;
using showcase::test::zipParts;
using Path = std::vector<std::string>;

Document readOdt(const std::string& bytes) { return showcase::test::readWith(&showcase::readers::readOdt, bytes); }

Document readOdp(const std::string& bytes) { return showcase::test::readWith(&showcase::readers::readOdp, bytes); }


// Replaces what lies between `open` and `close` in `text`.
void replaceBetween(std::string& text, const std::string& open, const std::string& close, const std::string& with) {
    const auto start = text.find(open);
    REQUIRE(start != std::string::npos);
    const auto end = text.find(close, start);
    REQUIRE(end != std::string::npos);
    text.replace(start + open.size(), end - start - open.size(), with);
}

// doc.odt with its body replaced by `bodyXml` (and optionally master pages added to styles.xml).
Document odtWithBody(const std::string& bodyXml, const std::string& masterStyles = "") {
    auto entries = unzipParts(fixtureBytes("doc.odt"));
    replaceBetween(entries["content.xml"], "<office:text>", "</office:text>", bodyXml);
    if (!masterStyles.empty()) {
        auto& styles = entries["styles.xml"];
        const auto end = styles.rfind("</office:document-styles>");
        REQUIRE(end != std::string::npos);
        styles.insert(end, "<office:master-styles>" + masterStyles + "</office:master-styles>");
    }
    return readOdt(zipParts(entries));
}

// deck.odp with its pages replaced by `pagesXml`.
Document odpWithPages(const std::string& pagesXml) {
    auto entries = unzipParts(fixtureBytes("deck.odp"));
    replaceBetween(entries["content.xml"], "<office:presentation>", "</office:presentation>", pagesXml);
    return readOdp(zipParts(entries));
}

using Row = std::tuple<Part, std::string>;

std::vector<Row> partsAndTexts(const Document& document) {
    std::vector<Row> out;
    for (const auto& block : document.blocks) out.emplace_back(block.part, block.text);
    return out;
}

}  // namespace

TEST_CASE("odt fixture: headings, paragraphs, lists and table cells", "[readers][odf]") {
    const auto document = readOdt(fixtureBytes("doc.odt"));
    CHECK(document.reader == "odt");
    using Expected = std::tuple<Part, std::string, int, int, Path, std::string, int>;
    const Path both{"ODT main heading", "ODT second level"};
    const std::vector<Expected> expected = {
        {Part::Body, "ODT main heading", 1, -1, {}, "Heading 1", 1},
        {Part::Body, "ODT body paragraph text.", 0, -1, {"ODT main heading"}, "Text body", 2},
        {Part::Body, "ODT second level", 2, -1, {"ODT main heading"}, "Heading 2", 3},
        {Part::Body, "ODT list item one", 0, 0, both, "List Paragraph", 4},
        {Part::Body, "ODT list item two", 0, 0, both, "List Paragraph", 5},
        {Part::Table, "ODT cell one", 0, -1, both, "", 1},
        {Part::Table, "ODT cell two", 0, -1, both, "", 2},
        {Part::Table, "ODT cell three", 0, -1, both, "", 3},
        {Part::Table, "ODT cell four", 0, -1, both, "", 4},
    };
    REQUIRE(document.blocks.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Block& block = document.blocks[i];
        INFO("block " << i << ": " << block.text);
        CHECK(block.part == std::get<0>(expected[i]));
        CHECK(block.text == std::get<1>(expected[i]));
        CHECK(block.headingLevel == std::get<2>(expected[i]));
        CHECK(block.has(showcase::kHeading) == (std::get<2>(expected[i]) > 0));
        CHECK(block.listLevel == std::get<3>(expected[i]));
        CHECK(block.has(showcase::kListItem) == (std::get<3>(expected[i]) >= 0));
        CHECK(block.headingPath == std::get<4>(expected[i]));
        CHECK(block.style == std::get<5>(expected[i]));
        CHECK(block.index == std::get<6>(expected[i]));
    }
    CHECK(document.saved.words == 30);
    CHECK_FALSE(document.saved.application.empty());
    CHECK(document.slides.empty());
    CHECK(document.warnings.empty());
}

TEST_CASE("odt: spaces, tabs and line breaks", "[readers][odf]") {
    const auto document = odtWithBody(
        "<text:p>Two<text:s/>spaces,<text:s text:c=\"3\"/>four, a<text:tab/>tab and a<text:line-break/>break.</text:p>"
        "<text:p>  Collapsed \n\t white   space  </text:p>"
        "<text:p><text:span>Joined</text:span><text:span> spans</text:span> and <text:a xlink:href=\"x\">links</text:a></text:p>"
        "<text:p/><text:p>   </text:p>");
    CHECK(partsAndTexts(document) == std::vector<Row>{{Part::Body, "Two spaces,   four, a tab and a break."},
                                                      {Part::Body, "Collapsed white space"},
                                                      {Part::Body, "Joined spans and links"}});
}

TEST_CASE("odt: notes, text boxes and comments follow the paragraph that holds them", "[readers][odf]") {
    const auto document = odtWithBody(
        "<text:h text:outline-level=\"1\">Section</text:h>"
        "<text:p>Claim<text:note text:id=\"n1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
        "<text:note-body><text:p>Footnote text.</text:p></text:note-body></text:note> made.</text:p>"
        "<text:p>See<text:note text:id=\"n2\" text:note-class=\"endnote\"><text:note-citation>i</text:note-citation>"
        "<text:note-body><text:p>Endnote text.</text:p></text:note-body></text:note> too.</text:p>"
        "<text:p>Anchor<draw:frame draw:name=\"F1\"><svg:title>Alt title</svg:title><draw:text-box>"
        "<text:p>Box text.</text:p></draw:text-box></draw:frame> here.<office:annotation><dc:creator>Ann</dc:creator>"
        "<dc:date>2026-01-01T00:00:00</dc:date><text:p>Comment text.</text:p></office:annotation></text:p>"
        "<text:p>Last.</text:p>");
    CHECK(partsAndTexts(document) == std::vector<Row>{{Part::Body, "Section"},
                                                      {Part::Body, "Claim made."},
                                                      {Part::Footnote, "Footnote text."},
                                                      {Part::Body, "See too."},
                                                      {Part::Endnote, "Endnote text."},
                                                      {Part::Body, "Anchor here."},
                                                      {Part::TextBox, "Box text."},
                                                      {Part::Comment, "Comment text."},
                                                      {Part::Body, "Last."}});
    CHECK(document.blocks[1].index == 2);
    CHECK(document.blocks[2].index == 1);
    CHECK(document.blocks[3].index == 3);
    CHECK(document.blocks[8].index == 5);
    CHECK(document.blocks[8].headingPath == Path{"Section"});
}

TEST_CASE("odt: tracked deletions are flagged, not part of the text", "[readers][odf]") {
    const auto document = odtWithBody(
        "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><office:change-info>"
        "<dc:creator>Reviewer</dc:creator><dc:date>2026-01-01T00:00:00</dc:date></office:change-info>"
        "<text:p>Removed sentence.</text:p></text:deletion></text:changed-region>"
        "<text:changed-region text:id=\"c2\"><text:insertion><office:change-info><dc:creator>Reviewer</dc:creator>"
        "</office:change-info></text:insertion></text:changed-region></text:tracked-changes>"
        "<text:p>Kept<text:change text:change-id=\"c1\"/> text <text:change-start text:change-id=\"c2\"/>added"
        "<text:change-end text:change-id=\"c2\"/>.</text:p>");
    REQUIRE(document.blocks.size() == 2);
    CHECK(document.blocks[0].text == "Removed sentence.");
    CHECK(document.blocks[0].has(showcase::kTrackedDeletion));
    CHECK(document.blocks[1].text == "Kept text added.");
    CHECK_FALSE(document.blocks[1].has(showcase::kTrackedDeletion));
    CHECK(document.blocks[1].index == 1);
}

TEST_CASE("odt: nested lists, hidden sections, headers and footers", "[readers][odf]") {
    const auto document = odtWithBody(
        "<text:list><text:list-item><text:p>Level zero</text:p><text:list><text:list-item><text:p>Level one</text:p>"
        "</text:list-item></text:list></text:list-item></text:list>"
        "<text:section text:name=\"S1\" text:display=\"none\"><text:p>Hidden section text.</text:p></text:section>",
        "<style:master-page style:name=\"Standard\"><style:header><text:p>Page header</text:p></style:header>"
        "<style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer>"
        "<style:footer-left style:display=\"false\"><text:p>Unused left footer</text:p></style:footer-left>"
        "</style:master-page>");
    REQUIRE(document.blocks.size() == 5);
    CHECK(document.blocks[0].listLevel == 0);
    CHECK(document.blocks[1].listLevel == 1);
    CHECK(document.blocks[1].text == "Level one");
    CHECK(document.blocks[2].text == "Hidden section text.");
    CHECK(document.blocks[2].has(showcase::kHiddenText));
    CHECK(partsAndTexts(document)[3] == Row{Part::Header, "Page header"});
    CHECK(partsAndTexts(document)[4] == Row{Part::Footer, "Page 1"});
}

TEST_CASE("odp fixture: pages, titles, hidden page and notes", "[readers][odf]") {
    const auto document = readOdp(fixtureBytes("deck.odp"));
    CHECK(document.reader == "odp");
    REQUIRE(document.slides.size() == 3);
    auto [number, title, body, hidden, notes] = GENERATE(table<int, std::string, std::string, bool, bool>({
        {1, "ODP first page", "ODP first body point", false, true},
        {2, "ODP hidden page", "ODP hidden body point", true, false},
        {3, "ODP last page", "ODP last body point", false, false},
    }));
    const auto& slide = document.slides[static_cast<std::size_t>(number - 1)];
    CHECK(slide.number == number);
    CHECK(slide.title == title);
    CHECK(slide.hidden == hidden);
    CHECK(slide.hasNotes == notes);
    std::vector<Row> rows;
    for (const auto& block : document.blocks) {
        if (block.index != number) continue;
        rows.emplace_back(block.part, block.text);
        CHECK(block.has(showcase::kHiddenSlide) == hidden);
        CHECK(block.headingPath == Path{title});
    }
    std::vector<Row> expected{{Part::SlideTitle, title}, {Part::SlideBody, body}};
    if (number == 1) expected.emplace_back(Part::Notes, "ODP speaker notes text.");
    CHECK(rows == expected);
}

TEST_CASE("odp: notes placeholders, page numbers and tables", "[readers][odf]") {
    const std::string untouchedNotes =
        "<presentation:notes><draw:page-thumbnail draw:page-number=\"1\" presentation:class=\"page\"/>"
        "<draw:frame presentation:class=\"notes\" presentation:placeholder=\"true\"><draw:text-box/></draw:frame>"
        "<draw:frame presentation:class=\"page-number\"><draw:text-box><text:p><text:page-number>&lt;number&gt;"
        "</text:page-number></text:p></draw:text-box></draw:frame></presentation:notes>";
    const auto document = odpWithPages(
        "<draw:page draw:name=\"p1\" presentation:visibility=\"hidden\"><draw:frame presentation:class=\"title\">"
        "<draw:text-box><text:p>Only page</text:p></draw:text-box></draw:frame>"
        "<draw:frame><table:table><table:table-row><table:table-cell><text:p>Cell text</text:p></table:table-cell>"
        "</table:table-row></table:table></draw:frame>"
        "<draw:custom-shape><text:p>Shape text on <text:page-number>9</text:page-number></text:p></draw:custom-shape>" +
        untouchedNotes + "</draw:page>");
    REQUIRE(document.slides.size() == 1);
    CHECK(document.slides[0].hidden);
    CHECK_FALSE(document.slides[0].hasNotes);
    CHECK(partsAndTexts(document) == std::vector<Row>{{Part::SlideTitle, "Only page"},
                                                      {Part::Table, "Cell text"},
                                                      {Part::SlideBody, "Shape text on 1"}});
}

TEST_CASE("odf: refusals", "[readers][odf]") {
    SECTION("password-protected package") {
        auto entries = unzipParts(fixtureBytes("doc.odt"));
        auto& manifest = entries["META-INF/manifest.xml"];
        const auto at = manifest.find("manifest:full-path=\"content.xml\"");
        REQUIRE(at != std::string::npos);
        manifest.replace(manifest.find("/>", at), 2,
                         "><manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\"/>"
                         "</manifest:file-entry>");
        CHECK_THROWS_WITH(readOdt(zipParts(entries)), Catch::Contains("password-protected"));
    }
    SECTION("no content.xml") {
        auto entries = unzipParts(fixtureBytes("doc.odt"));
        entries.erase("content.xml");
        CHECK_THROWS_WITH(readOdt(zipParts(entries)), Catch::Contains("no content.xml"));
    }
    SECTION("not a zip") {
        CHECK_THROWS_AS(readOdp("plain words"), ReadError);
    }
    SECTION("a text document is not a presentation, nor the other way round") {
        CHECK_THROWS_WITH(readOdp(fixtureBytes("doc.odt")),
                          "not an OpenDocument presentation: content.xml holds a text document");
        CHECK_THROWS_WITH(readOdt(fixtureBytes("deck.odp")),
                          "not an OpenDocument text: content.xml holds a presentation document");
    }
    SECTION("malformed content names the part") {
        auto entries = unzipParts(fixtureBytes("deck.odp"));
        entries["content.xml"] = "<office:document-content><broken>";
        CHECK_THROWS_WITH(readOdp(zipParts(entries)), Catch::Contains("content.xml"));
    }
}
