// The plain-text and Markdown readers: the generated fixtures (tools/gen/make_fixtures.py) and
// small inputs written here for the encodings and the Markdown constructs.
#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

#include "readers/reader_test_support.hpp"

namespace {

Document readText(const std::string& bytes) { return showcase::test::readWith(&showcase::readers::readText, bytes); }

Document readMarkdown(const std::string& bytes) { return showcase::test::readWith(&showcase::readers::readMarkdown, bytes); }

std::vector<std::string> texts(const Document& document) { return showcase::test::blockTexts(document); }

using Path = std::vector<std::string>;

}  // namespace

TEST_CASE("plain text fixture: one paragraph per line when no blank line separates them", "[readers][text]") {
    const auto document = readText(fixtureBytes("notes.txt"));
    CHECK(document.reader == "txt");
    REQUIRE(document.blocks.size() == 2);
    CHECK(document.blocks[0].text == "Plain text notes for the showcase.");
    CHECK(document.blocks[1].text == "Second line of the plain notes.");
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        CHECK(document.blocks[i].part == Part::Body);
        CHECK(document.blocks[i].index == static_cast<int>(i) + 1);
        CHECK(document.blocks[i].flags == 0U);
        CHECK(document.blocks[i].headingPath.empty());
    }
    CHECK(document.warnings.empty());
}

TEST_CASE("plain text: blank lines separate paragraphs, lines inside one are joined", "[readers][text]") {
    SECTION("BOM stripped, CRLF and lone CR normalised, tabs as spaces") {
        const auto document =
            readText("\xEF\xBB\xBF" "First line\r\nsecond line\r\n\r\n   \r\nPara\ttwo\rcontinues\r\n\r\n\r\n");
        CHECK(texts(document) == std::vector<std::string>{"First line second line", "Para two continues"});
        CHECK(document.blocks[1].index == 2);
        CHECK(document.warnings.empty());
    }
    SECTION("an empty file has no blocks") {
        CHECK(readText("").blocks.empty());
        CHECK(readText("\n\n  \n").blocks.empty());
    }
    SECTION("not valid UTF-8: read as Windows-1252, with a warning") {
        const auto document = readText("caf\xE9 \x93quoted\x94 \x80" "5\n\nnext");
        CHECK(texts(document) == std::vector<std::string>{"caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC" "5",
                                                          "next"});
        REQUIRE(document.warnings.size() == 1);
        CHECK(document.warnings[0].find("Windows-1252") != std::string::npos);
    }
    SECTION("valid UTF-8 is kept as it is") {
        const auto document = readText("na\xC3\xAFve \xE2\x80\x94 \xF0\x9F\x98\x80");
        CHECK(texts(document) == std::vector<std::string>{"na\xC3\xAFve \xE2\x80\x94 \xF0\x9F\x98\x80"});
        CHECK(document.warnings.empty());
    }
    SECTION("UTF-16 with a byte order mark is converted") {
        const std::string le("\xFF\xFE" "H\0i\0 \0\xE9\0\n\0\n\0B\0", 16);
        CHECK(texts(readText(le)) == std::vector<std::string>{"Hi \xC3\xA9", "B"});
        const std::string be("\xFE\xFF\0H\0i", 6);
        CHECK(texts(readText(be)) == std::vector<std::string>{"Hi"});
    }
    SECTION("NUL bytes near the start mean binary data") {
        const std::string binary("abc\0def", 7);
        CHECK_THROWS_AS(readText(binary), ReadError);
        CHECK_THROWS_WITH(readText(binary), Catch::Contains("NUL bytes"));
        CHECK_THROWS_AS(readMarkdown(binary), ReadError);
    }
}

TEST_CASE("markdown fixture: headings and heading paths", "[readers][text]") {
    const auto document = readMarkdown(fixtureBytes("journal.md"));
    CHECK(document.reader == "md");
    using Row = std::tuple<std::string, int, Path>;
    const std::vector<Row> expected = {
        {"Reflective journal", 1, {}},
        {"3 March 2026", 2, {"Reflective journal"}},
        {"Handled a booking query calmly and logged it.", 0, {"Reflective journal", "3 March 2026"}},
        {"10 March 2026", 2, {"Reflective journal"}},
        {"Asked my supervisor for feedback on my phone manner.", 0, {"Reflective journal", "10 March 2026"}},
    };
    REQUIRE(document.blocks.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Block& block = document.blocks[i];
        INFO("block " << i);
        CHECK(block.text == std::get<0>(expected[i]));
        CHECK(block.headingLevel == std::get<1>(expected[i]));
        CHECK(block.has(showcase::kHeading) == (std::get<1>(expected[i]) > 0));
        CHECK(block.headingPath == std::get<2>(expected[i]));
        CHECK(block.part == Part::Body);
        CHECK(block.index == static_cast<int>(i) + 1);
    }
}

TEST_CASE("markdown: ATX and setext headings", "[readers][text]") {
    const auto document = readMarkdown(
        "Top title\n=========\n\nIntro line one\nline two\n\n## Section ##\n\nBody\n\nSub part\n--------\n\n"
        "#### Deep #\ntext\n\n#hashtag is not a heading\n\n####### seven is not either\n\n# Again\nend\n");
    using Row = std::tuple<std::string, int, Path>;
    const std::vector<Row> expected = {
        {"Top title", 1, {}},
        {"Intro line one line two", 0, {"Top title"}},
        {"Section", 2, {"Top title"}},
        {"Body", 0, {"Top title", "Section"}},
        {"Sub part", 2, {"Top title"}},
        {"Deep", 4, {"Top title", "Sub part"}},
        {"text", 0, {"Top title", "Sub part", "Deep"}},
        {"#hashtag is not a heading", 0, {"Top title", "Sub part", "Deep"}},
        {"####### seven is not either", 0, {"Top title", "Sub part", "Deep"}},
        {"Again", 1, {}},
        {"end", 0, {"Again"}},
    };
    REQUIRE(document.blocks.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("block " << i);
        CHECK(document.blocks[i].text == std::get<0>(expected[i]));
        CHECK(document.blocks[i].headingLevel == std::get<1>(expected[i]));
        CHECK(document.blocks[i].headingPath == std::get<2>(expected[i]));
    }
}

TEST_CASE("markdown: list items with levels from indentation", "[readers][text]") {
    const auto document = readMarkdown(
        "Before\n\n- first\n- second\n  continued\n    - nested\n        * deeper\n    - nested two\n1. numbered\n"
        "2) also numbered\n\nAfter the list\n\n-not a list\n");
    using Row = std::tuple<std::string, int>;
    const std::vector<Row> expected = {
        {"Before", -1},          {"first", 0},         {"second continued", 0}, {"nested", 1},
        {"deeper", 2},           {"nested two", 1},    {"numbered", 0},         {"also numbered", 0},
        {"After the list", -1},  {"-not a list", -1},
    };
    REQUIRE(document.blocks.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("block " << i);
        CHECK(document.blocks[i].text == std::get<0>(expected[i]));
        CHECK(document.blocks[i].listLevel == std::get<1>(expected[i]));
        CHECK(document.blocks[i].has(showcase::kListItem) == (std::get<1>(expected[i]) >= 0));
    }
}

TEST_CASE("markdown: fenced code is kept as one block, thematic breaks and quotes", "[readers][text]") {
    const auto document = readMarkdown(
        "Text\n\n```cpp\nint x = 1;\n\n# not a heading\n```\n\n~~~~\n*kept* as_is\n~~~~\n\n---\n\n> Quoted\n> words\n");
    CHECK(texts(document) ==
          std::vector<std::string>{"Text", "int x = 1; # not a heading", "*kept* as_is", "Quoted words"});
    for (const auto& block : document.blocks) CHECK_FALSE(block.has(showcase::kHeading));
}

TEST_CASE("markdown: emphasis markers removed only where trivially safe", "[readers][text]") {
    auto [input, output] = GENERATE(table<std::string, std::string>({
        {"Some **bold** words", "Some bold words"},
        {"an *italic* word", "an italic word"},
        {"an _italic_ word", "an italic word"},
        {"***both*** at once", "both at once"},
        {"Mixed **bold *inner* text** here", "Mixed bold inner text here"},
        {"snake_case_name stays", "snake_case_name stays"},
        {"2*3*4 stays", "2*3*4 stays"},
        {"a * b * c stays", "a * b * c stays"},
        {"*unclosed stays", "*unclosed stays"},
        {"`*code*` stays", "`*code*` stays"},
        {"file_name_here and _x_.", "file_name_here and x."},
    }));
    const auto document = readMarkdown(input);
    REQUIRE(document.blocks.size() == 1);
    CHECK(document.blocks[0].text == output);
}

TEST_CASE("markdown: YAML front matter is not text", "[readers][text]") {
    CHECK(texts(readMarkdown("---\ntitle: Journal\nauthor: Me\n---\n# Heading\nBody\n")) ==
          std::vector<std::string>{"Heading", "Body"});
    // A thematic break with nothing closing it is not front matter.
    CHECK(texts(readMarkdown("---\nJust text\n")) == std::vector<std::string>{"Just text"});
}

TEST_CASE("markdown headings lose their emphasis too", "[readers][text]") {
    const auto document = readMarkdown("# A *great* title\nbody\n");
    REQUIRE(document.blocks.size() == 2);
    CHECK(document.blocks[0].text == "A great title");
    CHECK(document.blocks[1].headingPath == Path{"A great title"});
}
