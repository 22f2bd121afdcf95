// structure-sections: how headings are taken apart and compared: numbering prefixes, ICU case
// folding and normalisation, token-set similarity against the documented threshold (0.6), the
// best template section for a heading, dates, and the words-per-section severities.
#include <catch2/catch.hpp>

#include <string>

#include "heading_text.hpp"
#include "section_template.hpp"
#include "structure_options.hpp"
#include "support/test_paths.hpp"
#include "template_matching.hpp"
#include "template_report.hpp"

using namespace showcase::structure;

namespace {

constexpr double kThreshold = kDefaultSimilarityThreshold;

std::vector<TemplateSection> highfieldSections() {
    static const ProfileStructure profile =
        readProfileStructure(loadProfileFile(showcase::test::sourcePath("mappings/profiles/highfield-report.json")));
    return profile.sections;
}

}  // namespace

TEST_CASE("numbering prefixes are split off headings", "[structure-sections]") {
    const auto [text, keyword, number, depth, title] = GENERATE(table<std::string, std::string, std::string, int, std::string>({
        {"Task 2 - Customer Insight", "task", "2", 1, "Customer Insight"},
        {"Section 4: Health and safety", "section", "4", 1, "Health and safety"},
        {"1.2 Confidentiality", "", "1.2", 2, "Confidentiality"},
        {"3. What is meant by service culture?", "", "3", 1, "What is meant by service culture?"},
        {"Task 3 \xE2\x80\x93 Working in a team", "task", "3", 1, "Working in a team"},
        {"Annex A: mapping to the assessment criteria", "annex", "A", 1, "mapping to the assessment criteria"},
    }));
    INFO(text);
    const SplitHeading split = splitNumbering(text);
    REQUIRE(split.numbering);
    CHECK(split.numbering->keyword == keyword);
    CHECK(split.numbering->number == number);
    CHECK(split.numbering->depth == depth);
    CHECK(split.title == title);
}

TEST_CASE("headings without numbering keep their text", "[structure-sections]") {
    const std::string text = GENERATE(std::string("Working in a team"), std::string("Appendix"), std::string("Part of the team"));
    INFO(text);
    const SplitHeading split = splitNumbering(text);
    CHECK_FALSE(split.numbering);
    CHECK(split.title == text);
}

TEST_CASE("headings match tolerantly of case, punctuation, order, numbering and small wording differences",
          "[structure-sections]") {
    const auto [heading, phrase, alike] = GENERATE(table<std::string, std::string, bool>({
        {"Task 2 - Customer Insight", "Customer insight", true},
        {"Section 4: HEALTH AND SAFETY", "Health and safety", true},
        {"1.2 Confidentiality", "confidentiality", true},
        {"Safety and health", "Health and safety", true},
        {"The Organisation\xE2\x80\x99s Brand Promise", "The organisation's brand promise", true},
        {"Planning and prioritizing tasks", "Planning and prioritising tasks", true},
        {"\xEF\xBC\xAC\xEF\xBD\x85\xEF\xBD\x87\xEF\xBD\x89\xEF\xBD\x93\xEF\xBD\x8C\xEF\xBD\x81\xEF\xBD\x94\xEF\xBD\x89\xEF\xBD\x8F\xEF\xBD\x8E",
         "Legislation", true},  // fullwidth letters, folded by NFKC
        {"Influencing others", "How to influence others", true},
        {"Legislation that affects us", "legislation", true},
        {"Customer service essentials", "Dealing with customer conflict and challenge", false},
        {"Task 1 - Understanding your organisation and what it does", "aims of the organisation", false},
        {"Name: Megan Hollis", "Working in a team", false},
    }));
    INFO(heading << " ~ " << phrase);
    const double score = headingSimilarity(contentWords(heading), contentWords(phrase));
    CHECK((score >= kThreshold) == alike);
}

TEST_CASE("a heading goes to the template section it is most like", "[structure-sections]") {
    const auto [heading, expected] = GENERATE(table<std::string, std::string>({
        {"Task 3 \xE2\x80\x93 Working in a Team", "team"},
        {"Section 9: Teamwork", "team"},
        {"BEING OPEN TO FEEDBACK", "feedback"},
        {"Our social media policy", "social-media"},
        {"Core values & service culture", "core-values"},
        {"2.4 Health & Safety", "health-safety"},
        {"Customer service essentials", ""},
    }));
    INFO(heading);
    const auto sections = highfieldSections();
    const auto match = bestSection(heading, sections, kThreshold);
    CHECK((match ? sections[match->section].id : std::string()) == expected);
}

TEST_CASE("dates that start journal entries and date goals", "[structure-sections]") {
    const auto [text, starts, contains] = GENERATE(table<std::string, bool, bool>({
        {"3 March 2026", true, true},
        {"Tuesday 10 March 2026: data protection refresher", true, true},
        {"March 17, 2026", true, true},
        {"2026-03-24 team meeting", true, true},
        {"Target: 31/07/2027", false, true},
        {"Complete by July 2027", false, true},
        {"Five complaints resolved within 7 days", false, false},
        {"3 Marchers went home", false, false},
    }));
    INFO(text);
    CHECK(startsWithDate(text) == starts);
    CHECK(containsDate(text) == contains);
}

TEST_CASE("words outside a recommended range are information, far outside a warning", "[structure-sections]") {
    using showcase::Severity;
    const auto [words, min, max, approximate, expected] = GENERATE(table<std::size_t, int, int, bool, int>({
        {150, 100, 150, false, -1},
        {151, 100, 150, false, static_cast<int>(Severity::Info)},
        {99, 100, 150, false, static_cast<int>(Severity::Info)},
        {49, 100, 150, false, static_cast<int>(Severity::Warning)},
        {226, 100, 150, false, static_cast<int>(Severity::Warning)},
        {440, 400, 400, true, -1},   // "about 400": a tenth either way
        {359, 400, 400, true, static_cast<int>(Severity::Info)},
    }));
    const auto severity = wordsSeverity(words, WordRange{min, max, approximate});
    CHECK((severity ? static_cast<int>(*severity) : -1) == expected);
}
