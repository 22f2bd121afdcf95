// The PDF reader: the generated pages.pdf and not-really.pdf (tools/gen/make_fixtures.py), and
// small PDFs written here for paragraphs, pages without text and a password.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "readers/reader_test_support.hpp"

namespace {

Document readBytes(const std::string& bytes) { return showcase::test::readWith(&showcase::readers::readPdf, bytes); }

// A minimal PDF: one page per content stream, Helvetica as /F1. With `encrypted`, a Standard
// security handler whose user password is not empty (the O and U entries match no password),
// which is all a reader needs to see to ask for one.
std::string makePdf(const std::vector<std::string>& pageContents, bool encrypted = false) {
    std::vector<std::string> objects;
    objects.emplace_back("<< /Type /Catalog /Pages 2 0 R >>");
    objects.emplace_back();  // the page tree, filled in below
    objects.emplace_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    std::string kids;
    for (const auto& content : pageContents) {
        objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
                          "\nendstream");
        const std::size_t contentNumber = objects.size();
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                          "/Contents " + std::to_string(contentNumber) + " 0 R >>");
        kids += std::to_string(objects.size()) + " 0 R ";
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pageContents.size()) + " >>";
    std::string encryptRef;
    if (encrypted) {
        const std::string hex32(64, 'A');
        objects.push_back("<< /Filter /Standard /V 1 /R 2 /O <" + hex32 + "> /U <" + std::string(64, '5') +
                          "> /P -44 >>");
        encryptRef = " /Encrypt " + std::to_string(objects.size()) + " 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> "
                     "<0123456789ABCDEF0123456789ABCDEF>]";
    }
    std::string out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const auto offset : offsets) {
        char line[32];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
        out += line;
    }
    out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R" + encryptRef +
           " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

std::string textAt(int y, const std::string& text) {
    return "BT /F1 12 Tf 72 " + std::to_string(y) + " Td (" + text + ") Tj ET\n";
}

}  // namespace

TEST_CASE("pdf fixture: one block per page with the page number", "[readers][pdf]") {
    const auto document = readBytes(fixtureBytes("pages.pdf"));
    CHECK(document.reader == "pdf");
    CHECK(document.pages == 3);
    auto [page, text] = GENERATE(table<int, std::string>({
        {1, "Page one text about customer feedback."},
        {2, "Page two text about witness testimony."},
        {3, "Page three text about the action plan."},
    }));
    std::vector<std::string> onPage;
    for (const auto& block : document.blocks) {
        CHECK(block.part == Part::Body);
        if (block.index == page) onPage.push_back(block.text);
    }
    CHECK(onPage == std::vector<std::string>{text});
    CHECK(document.blocks.size() == 3);
    CHECK(document.warnings.empty());
}

TEST_CASE("pdf: a text file named .pdf is refused", "[readers][pdf]") {
    CHECK_THROWS_AS(readBytes(fixtureBytes("not-really.pdf")), ReadError);
    CHECK_THROWS_WITH(readBytes(fixtureBytes("not-really.pdf")), "not a readable PDF");
    CHECK_THROWS_WITH(readBytes(""), "not a readable PDF");
    const std::string truncated = fixtureBytes("pages.pdf").substr(0, 40);
    CHECK_THROWS_WITH(readBytes(truncated), "not a readable PDF");
}

TEST_CASE("pdf: a password-protected PDF is refused", "[readers][pdf]") {
    const std::string pdf = makePdf({textAt(700, "Secret words.")}, true);
    CHECK_THROWS_AS(readBytes(pdf), ReadError);
    CHECK_THROWS_WITH(readBytes(pdf), "the PDF is password-protected");
}

TEST_CASE("pdf: lines of a paragraph are joined, distant blocks split", "[readers][pdf]") {
    const std::string page = "BT /F1 12 Tf 14 TL 72 760 Td (First paragraph line one) Tj T* (and its line two.) Tj ET\n" +
                             textAt(300, "A block far below.");
    const auto document = readBytes(makePdf({page}));
    REQUIRE(document.blocks.size() == 2);
    CHECK(document.blocks[0].text == "First paragraph line one and its line two.");
    CHECK(document.blocks[1].text == "A block far below.");
    CHECK(document.blocks[0].index == 1);
    CHECK(document.blocks[1].index == 1);
}

TEST_CASE("pdf: a page without text is reported as a possible scan", "[readers][pdf]") {
    const auto document = readBytes(makePdf({textAt(700, "Typed page."), "0 0 1 rg 72 72 200 200 re f\n",
                                             textAt(700, "Typed again.")}));
    CHECK(document.pages == 3);
    REQUIRE(document.blocks.size() == 2);
    CHECK(document.blocks[0].index == 1);
    CHECK(document.blocks[1].index == 3);
    REQUIRE(document.warnings.size() == 1);
    CHECK(document.warnings[0] == "page 2 has no text layer (scanned image?)");
}
