// Real Office files from public test suites (../shared/reference/office-samples, not ours and never
// committed): each is read or refused with a reason, and PowerPoint's own slide, hidden-slide and
// notes counts are matched exactly wherever they can be trusted. Skipped when the folder is absent.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "bundle/document_loader.hpp"
#include "support/test_paths.hpp"

namespace {

struct ManifestRow {
    std::string file;
    std::string ext;
    std::string slides;
    std::string hiddenSlides;
    std::string notes;
    std::string trust;
};

std::string samplesFolder() { return showcase::test::sourcePath("../shared/reference/office-samples"); }

std::vector<ManifestRow> readManifest() {
    std::ifstream in(samplesFolder() + "/manifest.tsv");
    std::vector<ManifestRow> rows;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::vector<std::string> cells;
        std::stringstream fields(line);
        std::string cell;
        while (std::getline(fields, cell, '\t')) cells.push_back(cell);
        cells.resize(17);
        rows.push_back({cells[0], cells[5], cells[11], cells[12], cells[13], cells[14]});
    }
    return rows;
}

showcase::Document load(const ManifestRow& row) {
    std::ifstream in(samplesFolder() + "/" + row.file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    showcase::bundle::RawFile raw{row.file, bytes.str(), {}};
    return showcase::bundle::loadDocument(raw, {});
}

}  // namespace

TEST_CASE("real Office files are each read or refused with a reason", "[readers][office-samples]") {
    if (!std::filesystem::exists(samplesFolder() + "/manifest.tsv")) {
        WARN("office samples not present at " << samplesFolder() << "; skipped");
        SUCCEED();
        return;
    }
    const auto rows = readManifest();
    REQUIRE(rows.size() > 300);
    std::size_t read = 0;
    std::size_t slideChecks = 0;
    for (const auto& row : rows) {
        const auto document = load(row);
        INFO(row.file << " (" << row.trust << "): " << document.message);
        if (row.trust == "bad_input") {
            CHECK(document.status != showcase::ReadStatus::Read);
            CHECK_FALSE(document.message.empty());
            continue;
        }
        CHECK(document.status == showcase::ReadStatus::Read);
        read += document.status == showcase::ReadStatus::Read ? 1 : 0;
        if (row.ext == "pptx" && row.trust == "ms_consistent") {
            int hidden = 0;
            int notes = 0;
            for (const auto& slide : document.slides) {
                hidden += slide.hidden ? 1 : 0;
                notes += slide.hasNotes ? 1 : 0;
            }
            CHECK(std::to_string(document.slides.size()) == row.slides);
            CHECK(std::to_string(hidden) == row.hiddenSlides);
            CHECK(std::to_string(notes) == row.notes);
            ++slideChecks;
        }
    }
    CHECK(slideChecks > 20);
    CHECK(read > 300);
}
