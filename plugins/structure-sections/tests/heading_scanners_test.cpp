// structure-sections: the hand-written scanners that took the place of std::regex (numbering
// prefixes, dates, goal terms), the word likeness they feed, and the precomputed template words,
// which must give exactly what comparing the strings one by one gives.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "component_checks.hpp"
#include "heading_text.hpp"
#include "section_template.hpp"
#include "structure_options.hpp"
#include "support/test_paths.hpp"
#include "template_matching.hpp"
#include "text_scan.hpp"

using namespace showcase::structure;

TEST_CASE("the scanner cursor takes what the old patterns' pieces matched", "[structure-sections]") {
    scan::Cursor cursor(" \t 12345 March, x_");
    cursor.skipSpaces();
    CHECK(cursor.position() == 3);
    CHECK_FALSE(cursor.takeSpaces());
    CHECK(cursor.takeDigits(1, 2));  // greedy up to the maximum
    CHECK(cursor.since(3) == "12");
    CHECK_FALSE(cursor.takeDigits(4, 4));  // only three digits left
    CHECK(cursor.takeSpaces());
    CHECK(cursor.take("MARCH"));  // case ignored
    CHECK(cursor.atWordBoundary());
    CHECK(cursor.take(','));
    CHECK_FALSE(cursor.take('.'));
    cursor.skipSpaces();
    CHECK(cursor.takeLetters() == "x");
    CHECK_FALSE(cursor.atWordBoundary());  // '_' is a word character, as \w
    cursor.advance();
    CHECK(cursor.atEnd());
    CHECK(cursor.atWordBoundary());
    CHECK(cursor.rest().empty());
    CHECK(cursor.peek() == '\0');
    CHECK_FALSE(scan::isSpace('\xC2'));  // a no-break space's bytes are not \s
    CHECK_FALSE(scan::isWordChar('\xC3'));
}

TEST_CASE("numbering: keywords, roman numerals, letters, bare numbers and separators", "[structure-sections]") {
    // keyword, number, depth, marked, title; an empty number means no numbering.
    const auto [text, keyword, number, depth, marked, title] =
        GENERATE(table<std::string, std::string, std::string, int, bool, std::string>({
            {"  Task   7   \xE2\x80\x94   Title  ", "task", "7", 1, true, "Title"},
            {"PART ii) Review", "part", "ii", 1, true, "Review"},
            {"Section C: goals", "section", "C", 1, true, "goals"},
            {"Appendix B", "appendix", "B", 1, true, ""},
            {"Step 1", "step", "1", 1, true, ""},
            {"Unit 3a", "unit", "3", 1, true, "a"},
            {"Question 1.2.3. Why", "question", "1.2.3", 3, true, "Why"},
            {"12 weeks on", "", "12", 1, false, "weeks on"},
            {"1.2", "", "1.2", 2, false, ""},
            {"3.", "", "3", 1, true, ""},
            {"4)", "", "4", 1, true, ""},
            {"2026-03-24 team meeting", "", "2026", 1, true, "03-24 team meeting"},
            {"2026", "", "", 1, false, "2026"},
            {"Tasks 2", "", "", 1, false, "Tasks 2"},
            {"Task2 Review", "", "", 1, false, "Task2 Review"},
            {"Appendix", "", "", 1, false, "Appendix"},
            {"\t  Appendix ", "", "", 1, false, "Appendix"},
            {"Section A1 Overview", "", "", 1, false, "Section A1 Overview"},
            {"Part of the team", "", "", 1, false, "Part of the team"},
            {"(1) Introduction", "", "", 1, false, "(1) Introduction"},
            {"\xC2\xA0" "1. Introduction", "", "", 1, false, "\xC2\xA0" "1. Introduction"},
            {"", "", "", 1, false, ""},
        }));
    INFO(text);
    const SplitHeading split = splitNumbering(text);
    CHECK(split.title == title);
    REQUIRE(split.numbering.has_value() == !number.empty());
    if (split.numbering) {
        CHECK(split.numbering->keyword == keyword);
        CHECK(split.numbering->number == number);
        CHECK(split.numbering->depth == depth);
        CHECK(split.numbering->marked == marked);
    }
}

TEST_CASE("dates: each form, weekdays, ordinals, and where they may start", "[structure-sections]") {
    const auto [text, starts, contains] = GENERATE(table<std::string, bool, bool>({
        {"  MON, 3 March 2026", true, true},
        {"Wednesday 3rd march, 2026", true, true},
        {"Sept. 3rd, 2026", true, true},
        {"sept 3 2026", true, true},
        {"03/03/26", true, true},
        {"3/3/2", false, false},
        {"2026-03-24T10:00", true, true},
        {"2026-3-24", false, false},
        {"20261-03-24", false, false},
        {"3 March 20261", true, true},  // only the date's own characters are looked at
        {"3 Marc 2026", false, false},
        {"Marching 3 2026", false, false},
        {"3 March 26", false, false},
        {"Mon 3 2026", false, false},
        {"123 March 2026", false, true},  // no day, but a month and a year
        {"ref x3/03/2026", false, false},  // "3/03" does not start a word, "03/2026" has no day
        {"Done by 31/07/2027.", false, true},
        {"Review in Dec 2026", false, true},
        {"December2026", false, false},
        {"May", false, false},
        {"", false, false},
    }));
    INFO(text);
    CHECK(startsWithDate(text) == starts);
    CHECK(containsDate(text) == contains);
}

TEST_CASE("goal terms open a goal as written, case ignored, ending a word", "[structure-sections]") {
    const std::vector<std::string> terms{"short", "medium", "long"};
    const auto [text, term] = GENERATE(table<std::string, std::string>({
        {"Short-term goal: answer within a day", "Short"},
        {"  LONG TERM: team leader", "LONG"},
        {"medium-term", "medium"},
        {"Medium-terms", ""},
        {"Short term_goal", ""},
        {"Shortterm", ""},
        {"Short\xE2\x80\x93term", ""},
        {"My short-term goal", ""},
        {"", ""},
    }));
    INFO(text);
    const auto found = goalTerm(text, terms);
    CHECK((found ? std::string(*found) : std::string()) == term);
    CHECK_FALSE(goalTerm("Short-term", {}));
}

TEST_CASE("words are the same when equal or, from five letters, one edit apart", "[structure-sections]") {
    const auto [a, b, same] = GENERATE(table<std::string, std::string, bool>({
        {"organisation", "organization", true},
        {"planning", "plannings", true},
        {"planning", "lanning", true},
        {"abcde", "abcdf", true},
        {"abcde", "abdce", false},
        {"abcdef", "abcd", false},
        {"plan", "plans", false},
        {"team", "team", true},
        {"team", "tram", false},
        {"", "", true},
    }));
    INFO(a << " ~ " << b);
    CHECK(sameWord(a, b) == same);
    CHECK(sameWord(b, a) == same);
}

TEST_CASE("the best section from the template's words is what comparing every phrase gives", "[structure-sections]") {
    const std::vector<TemplateSection> sections =
        readProfileStructure(loadProfileFile(showcase::test::sourcePath("mappings/profiles/highfield-report.json"))).sections;
    REQUIRE_FALSE(sections.empty());
    const TemplateWords words = templateWords(sections);
    REQUIRE(words.phrases.size() == sections.size());
    REQUIRE(std::is_sorted(words.vocabulary.begin(), words.vocabulary.end()));
    const std::string heading = GENERATE(as<std::string>{}, "Task 3 \xE2\x80\x93 Working in a Team", "Section 9: Teamwork",
                                         "The organisation's aims and brand promise", "Our social media policy",
                                         "Legislation that affects us", "Customer service essentials", "Appendix",
                                         "Planning and prioritizing tasks", "", "1.2");
    INFO(heading);
    const std::vector<std::string> headingWords = contentWords(heading);
    for (const double threshold : {kDefaultSimilarityThreshold, 0.3, 0.95}) {
        std::optional<SectionMatch> expected;
        for (std::size_t s = 0; s < sections.size(); ++s) {
            double score = 0;
            for (const auto& phrase : sections[s].phrases) score = std::max(score, headingSimilarity(headingWords, contentWords(phrase)));
            if (score >= threshold && (!expected || score > expected->score)) expected = SectionMatch{s, score};
        }
        const std::optional<SectionMatch> found = bestSection(headingWords, words, threshold);
        REQUIRE(found.has_value() == expected.has_value());
        if (found) {
            CHECK(found->section == expected->section);
            CHECK(found->score == expected->score);  // exactly: the same sums in the same order
        }
    }
}
