// structure-sections on the samples: the Highfield report against Highfield's template (with its
// heading styles, without them, and with sections taken out), the Active IQ components, the
// journal's dated entries, the TQUK deck's slide titles, and the program loading the plugin.
#include <catch2/catch.hpp>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "analysis/analysis_session.hpp"
#include "bundle/bundle_reader.hpp"
#include "found_structure.hpp"
#include "structure_check.hpp"
#include "support/run_process.hpp"
#include "support/test_paths.hpp"

using namespace showcase;
using showcase::structure::checkStructure;
using showcase::structure::kPluginId;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

const std::string kReportPath = "Showcase report - Megan Hollis.docx";

std::string profileFile(const std::string& id) { return test::sourcePath("mappings/profiles/" + id + ".json"); }

Bundle readSample(const std::string& name) { return bundle::readBundle(test::sourcePath("samples/" + name), bundle::BundleOptions{}); }

Object::Ptr optionsFor(const std::string& profileId) {
    Object::Ptr options = new Object;
    if (!profileId.empty()) options->set("profile_file", profileFile(profileId));
    return options;
}

struct CheckRun {
    std::vector<Finding> findings;
    Object::Ptr metrics;

    std::vector<std::string> messages(Severity severity) const {
        std::vector<std::string> found;
        for (const auto& finding : findings) {
            if (finding.severity == severity) found.push_back(finding.message);
        }
        return found;
    }
};

CheckRun runCheck(Bundle& bundle, Object::Ptr options) {
    host::AnalysisSession session(bundle, "");
    session.setCurrentPlugin(kPluginId);
    session.setPluginOptions(kPluginId, options);
    checkStructure(session);
    return {session.findings(), session.metricsOf(kPluginId)};
}

Document& documentAt(Bundle& bundle, const std::string& path) {
    const auto found = std::find_if(bundle.documents.begin(), bundle.documents.end(),
                                     [&](const Document& document) { return document.path == path; });
    REQUIRE(found != bundle.documents.end());
    return *found;
}

std::set<std::string> sectionIds(const Array::Ptr& array) {
    std::set<std::string> ids;
    for (std::size_t i = 0; i < array->size(); ++i) ids.insert(array->getObject(static_cast<unsigned>(i))->getValue<std::string>("id"));
    return ids;
}

std::set<std::string> templateIds(const std::string& profileId) {
    Poco::JSON::Parser parser;
    std::ifstream in(profileFile(profileId));
    const Object::Ptr profile = parser.parse(in).extract<Object::Ptr>();
    return sectionIds(profile->getObject("template")->getArray("sections"));
}

/// Section id -> words under it, from the metrics' found sections.
std::map<std::string, int> wordsPerSection(const Object::Ptr& metrics) {
    std::map<std::string, int> words;
    const Array::Ptr sections = metrics->getArray("sections");
    for (std::size_t i = 0; i < sections->size(); ++i) {
        const Object::Ptr section = sections->getObject(static_cast<unsigned>(i));
        if (!section->isNull("section")) words[section->getValue<std::string>("section")] = section->getValue<int>("section_words");
    }
    return words;
}

std::string describe(const std::map<std::string, int>& words) {
    std::string text;
    for (const auto& [id, count] : words) text += id + "=" + std::to_string(count) + " ";
    return text;
}

// What a writer who never used heading styles would have: the same lines, as plain paragraphs.
void clearHeadingStyles(Document& document) {
    for (auto& block : document.blocks) {
        block.flags &= ~static_cast<std::uint32_t>(kHeading);
        block.headingLevel = 0;
        block.style = "Normal";
    }
}

// Takes out a section: its heading and everything up to the next heading of its level or above.
void removeSection(Document& document, const std::string& heading) {
    auto& blocks = document.blocks;
    const auto first = std::find_if(blocks.begin(), blocks.end(),
                                    [&](const Block& block) { return block.has(kHeading) && block.text == heading; });
    REQUIRE(first != blocks.end());
    const int level = first->headingLevel;
    const auto end = std::find_if(first + 1, blocks.end(),
                                  [&](const Block& block) { return block.has(kHeading) && block.headingLevel <= level; });
    blocks.erase(first, end);
}

}  // namespace

TEST_CASE("every section of Highfield's template is found in the Highfield sample", "[structure-sections]") {
    Bundle bundle = readSample("highfield-report.zip");
    const CheckRun run = runCheck(bundle, optionsFor("highfield-report"));
    const std::set<std::string> wanted = templateIds("highfield-report");
    REQUIRE(wanted.size() == 18);
    CHECK(run.metrics->getValue<int>("matched_sections") == 18);
    CHECK(run.metrics->getArray("missing")->size() == 0);
    CHECK(run.metrics->getArray("duplicated")->size() == 0);
    CHECK(run.metrics->getArray("out_of_order")->size() == 0);
    CHECK(run.metrics->getValue<std::string>("profile_source") == "profile_file");
    std::set<std::string> found;
    for (const auto& [id, words] : wordsPerSection(run.metrics)) found.insert(id);
    CHECK(found == wanted);

    SECTION("each found section says where it is and how many words it has") {
        const auto [id, heading, index, words] = GENERATE(table<std::string, std::string, int, int>({
            {"aims", "The aims of the organisation", 8, 145},
            {"legislation", "Legislation and regulation", 38, 282},
            {"team", "Working in a team", 101, 358},
        }));
        const Array::Ptr sections = run.metrics->getArray("sections");
        bool seen = false;
        for (std::size_t i = 0; i < sections->size(); ++i) {
            const Object::Ptr section = sections->getObject(static_cast<unsigned>(i));
            if (section->isNull("section") || section->getValue<std::string>("section") != id) continue;
            seen = true;
            CHECK(section->getValue<std::string>("heading") == heading);
            CHECK(section->getValue<std::string>("file") == kReportPath);
            CHECK(section->getValue<int>("index") == index);
            CHECK(section->getValue<int>("words") == words);
        }
        CHECK(seen);
    }
    SECTION("a section far from its recommended words is reported; the others are within 'about'") {
        const auto infos = run.messages(Severity::Info);
        CHECK(std::count_if(infos.begin(), infos.end(), [](const std::string& m) { return m.find("words (recommended") != std::string::npos; }) == 1);
        CHECK(std::find(infos.begin(), infos.end(),
                        "section 'Working in a team' has 358 words (recommended about 400) [structure-sections]") != infos.end());
        CHECK(run.messages(Severity::Warning).empty());
    }
}

TEST_CASE("the Highfield report without heading styles still has every section found", "[structure-sections]") {
    Bundle styled = readSample("highfield-report.zip");
    const CheckRun withStyles = runCheck(styled, optionsFor("highfield-report"));

    // Headings typed by hand are sometimes indented; the Appendix one must still hold its annexes.
    const std::string indent = GENERATE(std::string(), std::string("\t"), std::string("    "));
    INFO("the Appendix heading indented by '" << indent << "'");
    Bundle plain = readSample("highfield-report.zip");
    clearHeadingStyles(documentAt(plain, kReportPath));
    for (auto& block : documentAt(plain, kReportPath).blocks) {
        if (block.text == "Appendix") block.text = indent + block.text;
    }
    const structure::DocumentStructure found = structure::findStructure(documentAt(plain, kReportPath));
    REQUIRE_FALSE(found.headings.empty());
    CHECK(found.headings.front().source == structure::HeadingSource::Layout);

    const CheckRun run = runCheck(plain, optionsFor("highfield-report"));
    CHECK(run.metrics->getValue<int>("matched_sections") == 18);
    CHECK(run.metrics->getArray("missing")->size() == 0);
    // Task headings are numbered, so the sections under them nest as they did with styles.
    INFO("without styles: " << describe(wordsPerSection(run.metrics)));
    INFO("with styles:    " << describe(wordsPerSection(withStyles.metrics)));
    CHECK(wordsPerSection(run.metrics) == wordsPerSection(withStyles.metrics));
}

TEST_CASE("a report with two sections taken out reports exactly those two missing", "[structure-sections]") {
    const auto [firstTitle, firstId, secondTitle, secondId] = GENERATE(table<std::string, std::string, std::string, std::string>({
        {"The social media policy", "social-media", "Working in a team", "team"},
        {"The aims of the organisation", "aims", "Confidentiality", "confidentiality"},
        {"The organisation's brand promise", "brand-promise", "Being open to feedback", "feedback"},
    }));
    Bundle bundle = readSample("highfield-report.zip");
    removeSection(documentAt(bundle, kReportPath), firstTitle);
    removeSection(documentAt(bundle, kReportPath), secondTitle);
    const CheckRun run = runCheck(bundle, optionsFor("highfield-report"));
    CHECK(sectionIds(run.metrics->getArray("missing")) == std::set<std::string>{firstId, secondId});
    const auto warnings = run.messages(Severity::Warning);
    REQUIRE(warnings.size() == 2);
    CHECK(std::count_if(warnings.begin(), warnings.end(),
                        [&](const std::string& m) { return m.find("missing section '" + firstTitle + "' (template section") == 0; }) == 1);
}

TEST_CASE("sections in another order, or twice, are reported", "[structure-sections]") {
    Bundle bundle = readSample("highfield-report.zip");
    Document& report = documentAt(bundle, kReportPath);
    // Swap the texts of two headings: the confidentiality section now comes before legislation.
    auto heading = [&](const std::string& text) {
        return std::find_if(report.blocks.begin(), report.blocks.end(), [&](const Block& b) { return b.has(kHeading) && b.text == text; });
    };
    std::swap(heading("Legislation and regulation")->text, heading("Confidentiality")->text);
    heading("Working in a team")->text = "Section 9: Health & Safety";
    const CheckRun run = runCheck(bundle, optionsFor("highfield-report"));
    CHECK(sectionIds(run.metrics->getArray("out_of_order")).count("confidentiality") == 1);
    CHECK(sectionIds(run.metrics->getArray("duplicated")) == std::set<std::string>{"health-safety"});
    CHECK(sectionIds(run.metrics->getArray("missing")) == std::set<std::string>{"team"});
}

TEST_CASE("the Active IQ components are matched and hold what they must", "[structure-sections]") {
    Bundle bundle = readSample("activeiq-components.zip");

    SECTION("as submitted") {
        const CheckRun run = runCheck(bundle, optionsFor("activeiq-components"));
        const Array::Ptr components = run.metrics->getArray("components");
        std::map<std::string, Object::Ptr> byId;
        for (std::size_t i = 0; i < components->size(); ++i) {
            const Object::Ptr component = components->getObject(static_cast<unsigned>(i));
            byId[component->getValue<std::string>("id")] = component;
        }
        const auto [id, file] = GENERATE(table<std::string, std::string>({
            {"worksheet", "1 Worksheet.docx"},
            {"presentation-or-induction-pack", "2 Induction pack.pptx"},
            {"personal-development-plan", "3 Personal development plan.docx"},
            {"conflict-case-study", "4 Case study - conflict.docx"},
            {"influencing-case-study", "5 Case study - influencing.odt"},
            {"line-manager-testimony", "6 Line manager testimony.pdf"},
        }));
        REQUIRE(byId.count(id) == 1);
        CHECK(byId[id]->getValue<std::string>("file") == file);
        CHECK(byId["supporting-testimony"]->isNull("file"));

        const Object::Ptr questions = byId["worksheet"]->getObject("questions");
        CHECK(questions->getValue<int>("expected") == 14);
        CHECK(questions->getValue<int>("answered") == 14);

        const Object::Ptr plan = byId["personal-development-plan"];
        for (const char* quadrant : {"strengths", "weaknesses", "opportunities", "threats"}) {
            CHECK(plan->getObject("swot")->getValue<bool>(quadrant));
        }
        const Array::Ptr goals = plan->getArray("goals");
        CHECK(goals->size() == 4);
        for (std::size_t i = 0; i < goals->size(); ++i) {
            CHECK(goals->getObject(static_cast<unsigned>(i))->getValue<bool>("measure"));
            CHECK(goals->getObject(static_cast<unsigned>(i))->getValue<bool>("date"));
        }
        CHECK(run.messages(Severity::Warning).empty());
    }
    SECTION("with an answer, a quadrant, a goal's measure and date and a file taken away") {
        Document& worksheet = documentAt(bundle, "1 Worksheet.docx");
        const auto question = std::find_if(worksheet.blocks.begin(), worksheet.blocks.end(),
                                           [](const Block& b) { return b.text.rfind("5. ", 0) == 0; });
        REQUIRE(question != worksheet.blocks.end());
        worksheet.blocks.erase(question + 1);  // the one answer paragraph of question 5
        Document& plan = documentAt(bundle, "3 Personal development plan.docx");
        for (auto& block : plan.blocks) {
            if (block.text == "Threats") block.text = "Other";
            if (block.text == "No price corrections on my till for four weeks") block.text.clear();
            if (block.text == "30 April 2026" || block.text == "15 April 2026") block.text = "soon";
        }
        documentAt(bundle, "5 Case study - influencing.odt").path = "5 Notes.odt";
        documentAt(bundle, "5 Notes.odt").blocks.clear();

        const CheckRun run = runCheck(bundle, optionsFor("activeiq-components"));
        const auto warnings = run.messages(Severity::Warning);
        const std::set<std::string> got(warnings.begin(), warnings.end());
        CHECK(got == std::set<std::string>{
                         "question 5 of the Worksheet has no answer [structure-sections]",
                         "the SWOT analysis has no threats [structure-sections]",
                         "goal 'Short term: work out discounts and bulk prices without a calculator error' has no measure [structure-sections]",
                         "goal 'Short term: work out discounts and bulk prices without a calculator error' has no date [structure-sections]",
                         "missing component 'Influencing skills case study': no file looks like it [structure-sections]",
                     });
    }
}

TEST_CASE("journals are structured by their dated entries, decks by their slide titles", "[structure-sections]") {
    SECTION("Markdown headings that are dates, and the same lines without heading markup") {
        Bundle bundle = readSample("gateway-journal");
        Document& journal = documentAt(bundle, "reflective-journal.md");
        const bool plain = GENERATE(false, true);
        if (plain) clearHeadingStyles(journal);
        const auto headings = structure::findStructure(journal).headings;
        const auto dated = std::count_if(headings.begin(), headings.end(),
                                         [](const auto& h) { return h.source == structure::HeadingSource::DatedEntry; });
        CHECK(dated == 8);
    }
    SECTION("slide titles") {
        Bundle bundle = readSample("tquk-presentation.tar.gz");
        const auto headings = structure::findStructure(documentAt(bundle, "Showcase presentation - Daniel Osei.pptx")).headings;
        CHECK(headings.size() == 37);
        const CheckRun run = runCheck(bundle, optionsFor("tquk-presentation"));
        CHECK(run.metrics->getValue<int>("matched_sections") == 10);
        CHECK(run.metrics->getArray("duplicated")->size() == 0);  // a module over several slides in a row is one section
    }
}

TEST_CASE("the host's profile comes before the profile_file option", "[structure-sections]") {
    Bundle bundle = readSample("highfield-report.zip");
    Poco::JSON::Parser parser;
    std::ifstream in(profileFile("highfield-report"));
    const Object::Ptr hostProfile = parser.parse(in).extract<Object::Ptr>();
    host::AnalysisSession session(bundle, "highfield-report", hostProfile);
    session.setCurrentPlugin(kPluginId);
    session.setPluginOptions(kPluginId, optionsFor("activeiq-components"));
    checkStructure(session);
    const Object::Ptr metrics = session.metricsOf(kPluginId);
    CHECK(metrics->getValue<std::string>("profile") == "highfield-report");
    CHECK(metrics->getValue<std::string>("profile_source") == "host");
    CHECK(metrics->getValue<int>("matched_sections") == 18);
    CHECK_FALSE(metrics->has("components"));
}

TEST_CASE("without a profile only the structure found is reported", "[structure-sections]") {
    Bundle bundle = readSample("highfield-report.zip");
    const CheckRun run = runCheck(bundle, optionsFor(""));
    CHECK(run.metrics->isNull("profile"));
    CHECK_FALSE(run.metrics->has("missing"));
    CHECK(run.metrics->getArray("sections")->size() > 20);
    CHECK(run.findings.empty());
}

TEST_CASE("bad options and an unreadable profile file are reported", "[structure-sections]") {
    Bundle bundle = readSample("highfield-report.zip");
    Object::Ptr options = new Object;
    options->set("profile_file", test::sourcePath("mappings/profiles/no-such-profile.json"));
    options->set("similarity_threshold", 2);
    options->set("treshold", 0.5);
    const CheckRun run = runCheck(bundle, options);
    const auto warnings = run.messages(Severity::Warning);
    REQUIRE(warnings.size() == 3);
    CHECK(std::count_if(warnings.begin(), warnings.end(), [](const std::string& m) { return m.find("cannot read profile_file") == 0; }) == 1);
    CHECK(std::count_if(warnings.begin(), warnings.end(), [](const std::string& m) { return m.find("option similarity_threshold") == 0; }) == 1);
    CHECK(std::count_if(warnings.begin(), warnings.end(), [](const std::string& m) { return m.find("unknown option treshold") == 0; }) == 1);
    CHECK(run.metrics->isNull("profile"));
}

TEST_CASE("the program loads structure-sections and takes its profile_file option", "[structure-sections]") {
    const auto result = test::runShowcase({"check", test::sourcePath("samples/highfield-report.zip"), "--format", "json",
                                           "--set", "structure-sections.profile_file=" + profileFile("highfield-report")});
    REQUIRE(result.exitCode == 0);
    Poco::JSON::Parser parser;
    const Object::Ptr envelope = parser.parse(result.out).extract<Object::Ptr>();
    const Object::Ptr metrics = envelope->getObject("metrics")->getObject(kPluginId);
    REQUIRE(metrics);
    CHECK(metrics->getValue<int>("matched_sections") == 18);
}
