// Format detection: a file is what its bytes say, and a name that lies is caught.
#include <catch2/catch.hpp>

#include "bundle/sniff.hpp"

using showcase::bundle::extensionOf;
using showcase::bundle::sniff;

TEST_CASE("sniff tells formats from their bytes and catches names that lie", "[bundle][sniff]") {
    const std::string zip("PK\x03\x04rest", 8);
    const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", 12);
    const std::string png("\x89PNG\r\n\x1A\nrest", 12);
    auto [name, bytes, format, mismatched] = GENERATE_COPY(table<std::string, std::string, std::string, bool>({
        {"report.docx", zip, "docx", false},
        {"deck.PPTX", zip, "pptx", false},
        {"story.odt", zip, "odt", false},
        {"bundle.zip", zip, "zip", false},
        {"scan.pdf", "%PDF-1.7\n", "pdf", false},
        {"notes.txt", "Dear assessor", "txt", false},
        {"journal.md", "# Week one", "md", false},
        {"old.doc", ole, "doc", false},
        {"locked.docx", ole, "ole", true},
        {"photo.docx", png, "png", true},
        {"fake.pdf", "just some words", "pdf", true},
        {"no-extension", png, "png", false},
        {"empty.docx", "", "docx", true},
    }));
    const auto sniffed = sniff(bytes, name);
    INFO(name);
    CHECK(sniffed.format == format);
    CHECK(sniffed.mismatch.empty() == !mismatched);
}

TEST_CASE("a password-protected Office file is named as such", "[bundle][sniff]") {
    const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    CHECK_THAT(sniff(ole, "Report.docx").mismatch, Catch::Contains("password-protected"));
}

TEST_CASE("extensions are lower-cased and know .tar.gz", "[bundle][sniff]") {
    CHECK(extensionOf("a/b/Report.DOCX") == "docx");
    CHECK(extensionOf("cohort.tar.gz") == "tar.gz");
    CHECK(extensionOf("folder.v2/README") == "");
    CHECK(extensionOf(".hidden") == "");
}
