// Damaged files of every readable kind: the XML inside each fixture is cut short, has bytes
// removed or markup injected, and the whole file has bytes flipped. Every variant must end as a
// read document or a refusal with a reason: no crash, no escaped exception, no hang.
#include <catch2/catch.hpp>

#include <random>

#include "bundle/document_loader.hpp"
#include "support/test_paths.hpp"
#include "support/zip_parts.hpp"

namespace {

using showcase::ReadStatus;

// Deterministic, so a failure names a variant that can be run again.
std::vector<std::string> xmlVariants(const std::string& xml, std::mt19937& random) {
    std::vector<std::string> variants;
    std::uniform_int_distribution<std::size_t> position(0, xml.empty() ? 0 : xml.size() - 1);
    for (int i = 0; i < 6; ++i) variants.push_back(xml.substr(0, position(random)));
    for (int i = 0; i < 6; ++i) {
        std::string cut = xml;
        const auto at = position(random);
        cut.erase(at, std::min<std::size_t>(cut.size() - at, 1 + random() % 40));
        variants.push_back(cut);
    }
    for (const char* injected : {"<", "&", "]]>", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", "\xff\xfe", "</w:p>"}) {
        std::string spliced = xml;
        spliced.insert(position(random), injected);
        variants.push_back(spliced);
    }
    return variants;
}

void expectHandled(const showcase::Document& document) {
    const bool read = document.status == ReadStatus::Read;
    CHECK((read || !document.message.empty()));
}

}  // namespace

TEST_CASE("damaged XML inside real packages is read or refused, never a crash", "[readers][malformed]") {
    auto name = GENERATE(as<std::string>{}, "headings.docx", "textbox.docx", "footnote.docx", "tracked.docx",
                         "strict.docx", "deck.pptx", "doc.odt", "deck.odp");
    std::mt19937 random(20261123);
    const auto parts = showcase::test::unzipParts(showcase::test::fixtureBytes(name));
    std::size_t variants = 0;
    for (const auto& [part, data] : parts) {
        if (part.size() < 4 || part.compare(part.size() - 4, 4, ".xml") != 0) continue;
        for (const auto& variant : xmlVariants(data, random)) {
            auto damaged = parts;
            damaged[part] = variant;
            const showcase::bundle::RawFile file{name, showcase::test::zipParts(damaged), {}};
            INFO(name << " with " << part << " damaged (variant " << variants << ")");
            expectHandled(showcase::bundle::loadDocument(file, {}));
            ++variants;
        }
    }
    CHECK(variants > 50);
}

TEST_CASE("flipped and cut bytes of whole files are read or refused, never a crash", "[readers][malformed]") {
    auto name = GENERATE(as<std::string>{}, "headings.docx", "deck.pptx", "doc.odt", "pages.pdf", "journal.md");
    std::mt19937 random(7);
    const std::string original = showcase::test::fixtureBytes(name);
    std::uniform_int_distribution<std::size_t> position(0, original.size() - 1);
    for (int i = 0; i < 40; ++i) {
        std::string damaged = original;
        if (i % 2 == 0) {
            for (int flips = 0; flips < 8; ++flips) damaged[position(random)] = static_cast<char>(random());
        } else {
            damaged.resize(position(random));
        }
        INFO(name << " variant " << i);
        expectHandled(showcase::bundle::loadDocument({name, damaged, {}}, {}));
    }
}
