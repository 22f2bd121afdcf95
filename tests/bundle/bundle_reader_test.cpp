// Reading whole bundles: every container kind, and the malformed-input set, where each bad input
// gets a clear message, nothing crashes, and the good files beside it are still read.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>

#include "bundle/bundle_reader.hpp"
#include "support/run_process.hpp"
#include "support/test_paths.hpp"
#include "support/zip_parts.hpp"

using showcase::Bundle;
using showcase::Document;
using showcase::ReadStatus;
using showcase::bundle::BundleError;
using showcase::bundle::BundleOptions;
using showcase::bundle::readBundle;
using showcase::test::fixture;

namespace {

const Document* findDocument(const Bundle& bundle, const std::string& suffix) {
    for (const auto& document : bundle.documents) {
        if (document.path.size() >= suffix.size() &&
            document.path.compare(document.path.size() - suffix.size(), suffix.size(), suffix) == 0) {
            return &document;
        }
    }
    return nullptr;
}

bool hasNotice(const Bundle& bundle, const std::string& kind, const std::string& pathPart) {
    return std::any_of(bundle.notices.begin(), bundle.notices.end(), [&](const showcase::BundleNotice& n) {
        return n.kind == kind && n.path.find(pathPart) != std::string::npos;
    });
}

int exitCodeOf(const std::string& path, const BundleOptions& options = {}) {
    try {
        readBundle(path, options);
    } catch (const BundleError& error) {
        return error.exitCode();
    }
    return 0;
}

}  // namespace

TEST_CASE("every container kind is read", "[bundle]") {
    auto [name, container] = GENERATE(table<std::string, std::string>({
        {"bundle.tar", "tar"},
        {"bundle.tar.gz", "tar.gz"},
        {"bundle.7z", "7z"},
        {"mixed.zip", "zip"},
        {"headings.docx", "file"},
    }));
    const Bundle bundle = readBundle(fixture(name), {});
    INFO(name);
    CHECK(bundle.container == container);
    CHECK_FALSE(bundle.documents.empty());
    CHECK(std::any_of(bundle.documents.begin(), bundle.documents.end(),
                      [](const Document& d) { return d.status == ReadStatus::Read && !d.blocks.empty(); }));
}

TEST_CASE("a folder bundle is read, and documents come in path order", "[bundle]") {
    const Bundle bundle = readBundle(showcase::test::sourcePath("samples/gateway-journal"), {});
    CHECK(bundle.container == "folder");
    REQUIRE(bundle.documents.size() >= 2);
    CHECK(std::is_sorted(bundle.documents.begin(), bundle.documents.end(),
                         [](const Document& a, const Document& b) { return a.path < b.path; }));
}

TEST_CASE("bundles that cannot be read at all are refused with the right exit code", "[bundle][malformed]") {
    CHECK(exitCodeOf(fixture("empty.zip")) == 65);
    CHECK(exitCodeOf(fixture("does-not-exist.zip")) == 66);
}

TEST_CASE("a truncated zip keeps what could be read and says where it broke", "[bundle][malformed]") {
    const Bundle bundle = readBundle(fixture("truncated.zip"), {});
    CHECK(hasNotice(bundle, "damaged", ""));
    REQUIRE(findDocument(bundle, "notes.txt") != nullptr);
    CHECK(findDocument(bundle, "notes.txt")->status == ReadStatus::Read);
    REQUIRE(findDocument(bundle, "report.docx") != nullptr);
    CHECK(findDocument(bundle, "report.docx")->status == ReadStatus::Error);
}

TEST_CASE("unsafe entries are reported and skipped: the good entry is read", "[bundle][malformed]") {
    const Bundle bundle = readBundle(fixture("dotdot.zip"), {});
    CHECK(hasNotice(bundle, "unsafe-path", "../evil.txt"));
    CHECK(hasNotice(bundle, "unsafe-path", "/etc/absolute.txt"));
    REQUIRE(findDocument(bundle, "ok.txt") != nullptr);
    CHECK(findDocument(bundle, "ok.txt")->status == ReadStatus::Read);
    CHECK(findDocument(bundle, "evil.txt") == nullptr);
}

TEST_CASE("links and device files are reported and skipped", "[bundle][malformed]") {
    const Bundle links = readBundle(fixture("symlink.zip"), {});
    CHECK(std::any_of(links.notices.begin(), links.notices.end(), [](const auto& n) { return n.kind == "link"; }));
    const Bundle devices = readBundle(fixture("device.tar"), {});
    CHECK(std::any_of(devices.notices.begin(), devices.notices.end(), [](const auto& n) { return n.kind == "device"; }));
    CHECK(links.documents.size() == 1);
    CHECK(devices.documents.size() == 1);
}

TEST_CASE("an encrypted entry is reported as encrypted", "[bundle][malformed]") {
    const Bundle bundle = readBundle(fixture("encrypted.zip"), {});
    const auto encrypted = std::find_if(bundle.documents.begin(), bundle.documents.end(),
                                        [](const Document& d) { return d.status == ReadStatus::Error; });
    REQUIRE(encrypted != bundle.documents.end());
    CHECK_THAT(encrypted->message, Catch::Contains("encrypted"));
}

TEST_CASE("a zip bomb stops at the limit with a clear notice", "[bundle][malformed]") {
    const Bundle bundle = readBundle(fixture("bomb.zip"), {});
    CHECK(hasNotice(bundle, "limit", ""));
    const auto notice = std::find_if(bundle.notices.begin(), bundle.notices.end(), [](const auto& n) { return n.kind == "limit"; });
    CHECK_THAT(notice->message, Catch::Contains("zip bomb"));
    SECTION("a lower total limit stops it too") {
        BundleOptions options;
        options.maxCompressionRatio = 1e9;
        options.maxExpandedBytes = 8ULL << 20;
        const Bundle limited = readBundle(fixture("bomb.zip"), options);
        CHECK(hasNotice(limited, "limit", ""));
    }
}

TEST_CASE("nested archives are opened to the depth limit and no further", "[bundle][malformed]") {
    const Bundle bundle = readBundle(fixture("nested.zip"), {});
    const auto deepest = std::max_element(bundle.documents.begin(), bundle.documents.end(), [](const auto& a, const auto& b) {
        return std::count(a.path.begin(), a.path.end(), '/') < std::count(b.path.begin(), b.path.end(), '/');
    });
    REQUIRE(deepest != bundle.documents.end());
    CHECK(std::count_if(bundle.documents.begin(), bundle.documents.end(),
                        [](const Document& d) { return d.format == "txt"; }) == 3);
    CHECK(hasNotice(bundle, "nested", ""));
    SECTION("depth 0 opens none of the inner archives") {
        BundleOptions options;
        options.maxDepth = 0;
        const Bundle flat = readBundle(fixture("nested.zip"), options);
        CHECK(std::count_if(flat.documents.begin(), flat.documents.end(),
                            [](const Document& d) { return d.format == "txt"; }) == 1);
    }
}

TEST_CASE("files that are not what they claim get a reason: the rest is still read", "[bundle][malformed]") {
    auto [name, reason] = GENERATE(table<std::string, std::string>({
        {"zero.docx", "empty (0 bytes)"},
        {"not-really.docx", "its content is a PNG image"},
        {"not-really.pdf", "its content is plain text"},
        {"password-protected.docx", "password-protected"},
        {"legacy.doc", "legacy Word 97-2003"},
        {"legacy.ppt", "legacy PowerPoint 97-2003"},
        {"malformed-xml.docx", "malformed XML"},
    }));
    const Bundle bundle = readBundle(fixture(name), {});
    REQUIRE(bundle.documents.size() == 1);
    const Document& document = bundle.documents.front();
    INFO(name << ": " << document.message);
    CHECK(document.status != ReadStatus::Read);
    CHECK_THAT(document.message, Catch::Contains(reason));
    CHECK(document.blocks.empty());
}

TEST_CASE("a bundle mixing good and bad files still reads the good one", "[bundle][malformed]") {
    const Bundle bundle = readBundle(fixture("mixed.zip"), {});
    const auto good = std::count_if(bundle.documents.begin(), bundle.documents.end(),
                                    [](const Document& d) { return d.status == ReadStatus::Read; });
    const auto bad = std::count_if(bundle.documents.begin(), bundle.documents.end(),
                                   [](const Document& d) { return d.status != ReadStatus::Read; });
    CHECK(good == 1);
    CHECK(bad == 2);
}

TEST_CASE("the entry limit stops reading with a notice", "[bundle][malformed]") {
    BundleOptions options;
    options.maxEntries = 1;
    const Bundle bundle = readBundle(fixture("mixed.zip"), options);
    CHECK(bundle.documents.size() == 1);
    CHECK(hasNotice(bundle, "limit", ""));
}

TEST_CASE("in a folder bundle, links and special files are reported and never followed", "[bundle][malformed]") {
    showcase::test::ScratchFolder folder("folder-bundle");
    const std::string root = folder.path();
    std::ofstream(root + "/report.md") << "# My showcase\n\nI helped a customer.\n";
    std::filesystem::create_directory(root + "/.." + "/outside-target");
    std::ofstream(root + "/../outside-target/secret.txt") << "outside the bundle";
    std::filesystem::create_symlink(root + "/../outside-target/secret.txt", root + "/linked.txt");
    std::filesystem::create_directory_symlink(root + "/../outside-target", root + "/linked-folder");
    REQUIRE(mkfifo((root + "/pipe").c_str(), 0600) == 0);

    const Bundle bundle = readBundle(root, {});
    CHECK(hasNotice(bundle, "link", "linked.txt"));
    CHECK(hasNotice(bundle, "link", "linked-folder"));
    CHECK(hasNotice(bundle, "device", "pipe"));
    REQUIRE(bundle.documents.size() == 1);
    CHECK(bundle.documents.front().path == "report.md");
    std::filesystem::remove_all(root + "/../outside-target");
}

TEST_CASE("entry names beyond ASCII keep their own name", "[bundle]") {
    showcase::test::ScratchFolder folder("unicode-names");
    const std::string zipPath = folder.path() + "/bundle.zip";
    std::ofstream(zipPath, std::ios::binary) << showcase::test::zipParts(
        {{"Customer\u2019s feedback \u2013 caf\u00e9.txt", "Thank you so much"}, {"\u00c9vidence/notes.md", "# Notes"}});
    const Bundle bundle = readBundle(zipPath, {});
    REQUIRE(bundle.documents.size() == 2);
    CHECK(findDocument(bundle, "Customer\u2019s feedback \u2013 caf\u00e9.txt") != nullptr);
    CHECK(findDocument(bundle, "\u00c9vidence/notes.md") != nullptr);
    CHECK(bundle.notices.empty());
}
