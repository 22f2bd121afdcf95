// The counting policy on synthetic documents: what counts, the cover and back-matter rules, and
// the breakdowns, the cutoff and the explanation built on them.
#include <catch2/catch.hpp>

#include "analysis/analysis_session.hpp"
#include "count_explanation.hpp"
#include "excluded_sections.hpp"
#include "saved_count_check.hpp"
#include "word_count_report.hpp"
#include "word_count_test_support.hpp"
#include "word_limit.hpp"

using namespace showcase;
using namespace showcase::wordcount;
using showcase::wordcount::test::policyOf;

namespace {

// Builds a document block by block, keeping heading paths as the docx reader does.
class DocumentBuilder {
public:
    explicit DocumentBuilder(std::string path = "report.docx") { document_.path = std::move(path); }

    DocumentBuilder& heading(const std::string& text, int level, const std::string& style = "") {
        while (!open_.empty() && open_.back().first >= level) open_.pop_back();
        Block block = make(text, Part::Body);
        block.flags |= kHeading;
        block.headingLevel = level;
        block.style = style.empty() ? "Heading " + std::to_string(level) : style;
        document_.blocks.push_back(block);
        open_.emplace_back(level, text);
        return *this;
    }
    DocumentBuilder& para(const std::string& text, Part part = Part::Body, std::uint32_t flags = 0) {
        Block block = make(text, part);
        block.flags |= flags;
        document_.blocks.push_back(block);
        return *this;
    }
    Document build(Role role = Role::Report) {
        document_.role = role;
        document_.status = ReadStatus::Read;
        return document_;
    }

private:
    Block make(const std::string& text, Part part) {
        Block block;
        block.text = text;
        block.part = part;
        block.index = ++indices_[static_cast<int>(part)];
        const bool flow = part == Part::Body || part == Part::Table || part == Part::TextBox;
        if (flow) {
            for (const auto& entry : open_) block.headingPath.push_back(entry.second);
        }
        block.style = "Normal";
        return block;
    }

    Document document_;
    std::vector<std::pair<int, std::string>> open_;
    int indices_[16] = {};
};

Bundle bundleOf(std::vector<Document> documents) {
    Bundle bundle;
    bundle.documents = std::move(documents);
    return bundle;
}

const ExcludedRange* excludedFor(const BundleTally& tally, const std::string& reason) {
    for (const auto& range : tally.excluded) {
        if (range.reason == reason) return &range;
    }
    return nullptr;
}

const PartTally* partFor(const BundleTally& tally, const std::string& name) {
    for (const auto& part : tally.byPart) {
        if (part.name == name) return &part;
    }
    return nullptr;
}

Document coveredReport() {
    return DocumentBuilder()
        .heading("Customer Service Practitioner Showcase", 1, "Title")
        .para("Name: Megan Hollis")
        .para("Employer: Kestrel Community Leisure")
        .para("March 2026")
        .heading("Task 1: Understanding the organisation", 1)
        .para("Our aims are simple and clear.")            // 6
        .heading("Aims", 2)                                // 1
        .para("We welcome everyone.")                      // 3
        .para("A table cell here", Part::Table)            // 4
        .heading("Task 2: Essentials", 1)                 // 3
        .para("Customers come first.")                     // 3
        .heading("Appendix", 1)
        .para("Mapping to the criteria goes here.")
        .heading("Annex B: evidence", 2)
        .para("More evidence listed.")
        .para("A footnote of five words.", Part::Footnote)  // 5
        .para("Page header", Part::Header)
        .build();
}

}  // namespace

TEST_CASE("a cover and back matter are excluded, headings and tables counted", "[limits-word-count]") {
    Bundle bundle = bundleOf({coveredReport()});
    const BundleTally tally = tallyBundle(bundle, policyOf("{}"));
    // Task 1 heading 5 + 6 + Aims 1 + 3 + table 4 + Task 2 heading 3 + 3 + footnote 5.
    CHECK(tally.total.words == 30);
    const ExcludedRange* cover = excludedFor(tally, "cover");
    REQUIRE(cover != nullptr);
    CHECK(cover->heading == "Customer Service Practitioner Showcase");
    CHECK(cover->counts.words == 4 + 3 + 4 + 2);
    const ExcludedRange* backMatter = excludedFor(tally, "back matter");
    REQUIRE(backMatter != nullptr);
    CHECK(backMatter->heading == "Appendix");
    CHECK(backMatter->counts.words == 1 + 6 + 3 + 3);

    REQUIRE(partFor(tally, "body") != nullptr);
    CHECK(partFor(tally, "body")->counts.words == 21);
    CHECK(partFor(tally, "table")->counts.words == 4);
    CHECK(partFor(tally, "footnote")->counted);
    CHECK_FALSE(partFor(tally, "header")->counted);
    CHECK(partFor(tally, "header")->counts.words == 2);

    REQUIRE(tally.bySection.size() == 3);
    CHECK(tally.bySection[0].heading == "Task 1: Understanding the organisation");
    CHECK(tally.bySection[0].counts.words == 5 + 6 + 1 + 3 + 4);
    CHECK(tally.bySection[1].heading == "Task 2: Essentials");
    CHECK(tally.bySection[2].heading == "(footnote)");
    REQUIRE(tally.byFile.size() == 1);
    CHECK(tally.byFile[0].counts.words == 30);
    CHECK(tally.byFile[0].mainTextWords == 4 + 3 + 4 + 2 + 25 + 13);  // everything visible in body and tables
}

TEST_CASE("the exclusions are switches", "[limits-word-count]") {
    Bundle bundle = bundleOf({coveredReport()});
    CHECK(tallyBundle(bundle, policyOf(R"({"exclude_cover": false})")).total.words == 30 + 13);
    CHECK(tallyBundle(bundle, policyOf(R"({"exclude_back_matter": false})")).total.words == 30 + 13);
    CHECK(tallyBundle(bundle, policyOf(R"({"back_matter_headings": "annex"})")).total.words == 30 + 1 + 6);
}

TEST_CASE("what makes a cover: label lines and short lines only", "[limits-word-count]") {
    const CountingPolicy policy = policyOf("{}");
    SECTION("an introduction before the first heading is counted") {
        const Document document = DocumentBuilder()
                                      .para("This report explains how I deliver customer service at the centre every day.")
                                      .heading("Task 1", 1)
                                      .para("Text.")
                                      .build();
        CHECK(findExcludedSections(document, policy).empty());
    }
    SECTION("short lines without any label are a title block, not a cover") {
        const Document document =
            DocumentBuilder().para("Megan Hollis").para("March 2026").heading("Task 1", 1).para("Text.").build();
        CHECK(findExcludedSections(document, policy).empty());
    }
    SECTION("a declaration line is a label line; a leading heading is the title") {
        const Document document = DocumentBuilder()
                                      .heading("My showcase", 1)
                                      .para("Candidate: Megan Hollis")
                                      .para("Declaration: this report is my own work and I wrote all of it myself.")
                                      .heading("Task 1", 1)
                                      .para("Text.")
                                      .build();
        const auto ranges = findExcludedSections(document, policy);
        REQUIRE(ranges.size() == 1);
        CHECK(ranges[0].reason == "cover");
        CHECK(ranges[0].first == 0);
        CHECK(ranges[0].end == 3);
    }
    SECTION("no section heading after it: nothing to be the cover of") {
        const Document document = DocumentBuilder().para("Name: Megan").para("Short words only.").build();
        CHECK(findExcludedSections(document, policy).empty());
    }
    SECTION("a URL is not a label line") {
        const Document document =
            DocumentBuilder().para("https://example.com/about").heading("Task 1", 1).para("Text.").build();
        CHECK(findExcludedSections(document, policy).empty());
    }
}

TEST_CASE("back matter runs to the end unless a higher heading ends it", "[limits-word-count]") {
    const CountingPolicy policy = policyOf("{}");
    const Document document = DocumentBuilder()
                                  .heading("Task 1", 1)                      // 0
                                  .para("Text.")                             // 1
                                  .heading("References", 2)                  // 2
                                  .para("A book.")                           // 3
                                  .heading("Task 2", 1)                      // 4: ends the range
                                  .para("More text.")                        // 5
                                  .heading("7. Appendices", 1)               // 6
                                  .heading("Glossary", 1)                    // 7: same level, stays out
                                  .para("Terms.")                            // 8
                                  .build();
    const auto ranges = findExcludedSections(document, policy);
    REQUIRE(ranges.size() == 2);
    CHECK(ranges[0].heading == "References");
    CHECK(ranges[0].first == 2);
    CHECK(ranges[0].end == 4);
    CHECK(ranges[1].heading == "7. Appendices");
    CHECK(ranges[1].first == 6);
    CHECK(ranges[1].end == document.blocks.size());
}

TEST_CASE("back-matter headings match whole words after typed numbering", "[limits-word-count]") {
    const auto words = CountingPolicy{}.backMatterHeadings;
    CHECK(isBackMatterHeading("Appendix", words));
    CHECK(isBackMatterHeading("APPENDIX A: witness statement", words));
    CHECK(isBackMatterHeading("Annex B: supporting evidence", words));
    CHECK(isBackMatterHeading("7.2 References", words));
    CHECK(isBackMatterHeading("(a) Bibliography", words));
    CHECK(isBackMatterHeading("B) Reference list", words));
    CHECK_FALSE(isBackMatterHeading("Appendixes are elsewhere", words));
    CHECK_FALSE(isBackMatterHeading("Referencesystem", words));
    CHECK_FALSE(isBackMatterHeading("Task 3: references to feedback", words));
}

TEST_CASE("hidden text, deletions and list labels follow their switches", "[limits-word-count]") {
    Document document = DocumentBuilder()
                            .para("one two three")
                            .para("hidden words here", Part::Body, kHiddenText)
                            .para("deleted words", Part::Body, kTrackedDeletion)
                            .build();
    document.blocks[0].listLabel = "1.";
    Bundle bundle = bundleOf({document});
    const BundleTally byDefault = tallyBundle(bundle, policyOf("{}"));
    CHECK(byDefault.total.words == 3);
    REQUIRE(partFor(byDefault, "hidden_text") != nullptr);
    CHECK_FALSE(partFor(byDefault, "hidden_text")->counted);
    CHECK(partFor(byDefault, "hidden_text")->counts.words == 3);
    CHECK(partFor(byDefault, "tracked_deletion")->counts.words == 2);
    CHECK(tallyBundle(bundle, policyOf(R"({"hidden_text": true})")).total.words == 6);
    CHECK(tallyBundle(bundle, policyOf(R"({"tracked_deletions": true})")).total.words == 5);
    CHECK(tallyBundle(bundle, policyOf(R"({"list_labels": true})")).total.words == 4);
}

TEST_CASE("only reports count: other files are listed as excluded by role", "[limits-word-count]") {
    Bundle bundle = bundleOf({DocumentBuilder("appendix.docx").para("Four appendix words here.").build(Role::Appendix),
                              DocumentBuilder("deck.pptx").para("Slide words", Part::SlideBody).build(Role::Slides),
                              DocumentBuilder("a.docx").para("First report.").build(),
                              DocumentBuilder("b.docx").para("Second report here.").build()});
    const BundleTally tally = tallyBundle(bundle, policyOf("{}"));
    CHECK(tally.total.words == 5);
    REQUIRE(tally.byFile.size() == 2);
    CHECK(tally.byFile[0].document->path == "a.docx");
    CHECK(tally.byFile[1].counts.words == 3);
    REQUIRE(excludedFor(tally, "role appendix") != nullptr);
    CHECK(excludedFor(tally, "role appendix")->counts.words == 4);
    CHECK(excludedFor(tally, "role slides")->file == "deck.pptx");

    // The count's finding sums the reports and names each.
    showcase::host::AnalysisSession session(bundle, "");
    const CountingPolicy policy = policyOf("{}");
    WordCountResult result;
    result.policy = &policy;
    result.tally = &tally;
    reportFindings(result, session);
    REQUIRE(session.findings().size() == 1);
    CHECK(session.findings()[0].message ==
          "5 words in 2 reports (Word-compatible; Unicode count 5): a.docx 2, b.docx 3 [limits-word-count]");
    CHECK_FALSE(session.findings()[0].location);
}

TEST_CASE("the cutoff is the exact word where the limit is reached", "[limits-word-count]") {
    Bundle bundle = bundleOf({DocumentBuilder()
                                  .heading("Task 1", 1)                                 // 2 words: 1-2
                                  .para("one two three four five")                      // 3-7
                                  .para("six seven eight nine ten eleven twelve")       // 8-14
                                  .para("hidden words", Part::Body, kHiddenText)        // not counted
                                  .para("thirteen fourteen")                            // 15-16
                                  .build()});
    const CountingPolicy policy = policyOf(R"({"max": 10})");
    const BundleTally tally = tallyBundle(bundle, policy);
    REQUIRE(tally.total.words == 16);
    const auto cutoff = applyLimit(tally, policy, *policy.acceptedMaximum());
    REQUIRE(cutoff);
    CHECK(cutoff->limit == 10);
    CHECK(cutoff->location.file == "report.docx");
    CHECK(cutoff->location.index == 3);
    CHECK(cutoff->location.headingPath == std::vector<std::string>{"Task 1"});
    CHECK(cutoff->wordInBlock == 3);
    CHECK(cutoff->word == "eight");
    CHECK(cutoff->quote == "six seven eight \u2016 nine ten eleven twelve");
    const auto& blocks = bundle.documents[0].blocks;
    CHECK_FALSE(blocks[1].has(kBeyondLimit));
    CHECK_FALSE(blocks[2].has(kBeyondLimit));  // holds the cutoff: partly within the limit
    CHECK_FALSE(blocks[3].has(kBeyondLimit));  // hidden, not counted
    CHECK(blocks[4].has(kBeyondLimit));

    SECTION("a tolerance moves the cutoff to the last accepted word") {
        const CountingPolicy tolerant = policyOf(R"({"max": 10, "tolerance": 40})");
        CHECK(*tolerant.acceptedMaximum() == 14);
        const auto later = applyLimit(tallyBundle(bundle, tolerant), tolerant, 14);
        REQUIRE(later);
        CHECK(later->word == "twelve");
        CHECK(later->quote == "\u2026seven eight nine ten eleven twelve \u2016");
    }
    SECTION("nothing is cut or marked under the limit") {
        Bundle fresh = bundleOf({DocumentBuilder().para("few words").build()});
        CHECK_FALSE(applyLimit(tallyBundle(fresh, policy), policy, 10));
        CHECK_FALSE(fresh.documents[0].blocks[0].has(kBeyondLimit));
    }
}

TEST_CASE("the explanation accounts for every word of difference", "[limits-word-count]") {
    const std::string text = "state-of-the-art \u2022 design, \u65e5\u672c\u8a9e and 10\u202fkg";
    const auto differences = differingTokens(text, text::WordRules{});
    REQUIRE(differences.size() == 4);
    CHECK(std::string(differences[0].kind) == "split_by_unicode");
    CHECK(text.substr(differences[0].begin, differences[0].end - differences[0].begin) == "state-of-the-art");
    CHECK(std::string(differences[1].kind) == "symbols_only");
    CHECK(std::string(differences[2].kind) == "joined_by_unicode");  // three characters, one dictionary word
    CHECK(differences[2].words == 3);
    CHECK(std::string(differences[3].kind) == "joined_by_unicode");  // narrow no-break space

    Bundle bundle = bundleOf({DocumentBuilder().para(text).para("plain words agree").build()});
    const CountingPolicy policy = policyOf(R"({"explain": true, "explain_limit": 2})");
    const BundleTally tally = tallyBundle(bundle, policy);
    const CountExplanation explanation = explainCounts(tally, policy);
    long long sum = 0;
    for (const auto& [kind, total] : explanation.byKind) sum += total.wordsMinusUnicode;
    CHECK(sum == static_cast<long long>(tally.total.words) - static_cast<long long>(tally.total.icuWords));
    CHECK(explanation.differences == 4);
    CHECK(explanation.listed.size() == 2);  // capped; the totals still cover all four
}

TEST_CASE("Word's saved count is compared with the main text, within a tolerance", "[limits-word-count]") {
    std::string thousandWords;
    for (int i = 0; i < 1000; ++i) thousandWords += "word ";
    Document document = DocumentBuilder().para(thousandWords).build();
    document.saved.application = "Microsoft Office Word";
    document.saved.words = 1010;
    Bundle bundle = bundleOf({document});
    const BundleTally tally = tallyBundle(bundle, policyOf("{}"));
    auto check = checkSavedCount(tally.byFile[0]);
    REQUIRE(check);
    CHECK(check->tolerance == 10);  // 1 % of 1,000
    CHECK(check->agrees);
    CHECK(check->savedByWord);
    bundle.documents[0].saved.words = 1011;
    CHECK_FALSE(checkSavedCount(tallyBundle(bundle, policyOf("{}")).byFile[0])->agrees);
    bundle.documents[0].saved.words = -1;
    CHECK_FALSE(checkSavedCount(tallyBundle(bundle, policyOf("{}")).byFile[0]));
    CHECK(isMicrosoftWord("Microsoft Macintosh Word"));
    CHECK_FALSE(isMicrosoftWord("LibreOffice/7.4.7.2$Linux_X86_64"));
}

TEST_CASE("options: bad values and unknown keys are named", "[limits-word-count]") {
    Poco::JSON::Object::Ptr options = new Poco::JSON::Object;
    options->set("max", std::string("lots"));
    options->set("tables", std::string("yes"));
    options->set("footnotes", std::string("sometimes"));
    options->set("maxx", 3000.0);
    options->set("min", 5000.0);
    const PolicyReading reading = readPolicy(options);
    CHECK_FALSE(reading.policy.max);
    CHECK(reading.policy.tables);
    REQUIRE(reading.problems.size() == 4);
    CHECK_THAT(reading.problems[0], Catch::Contains("tables"));
    CHECK_THAT(reading.problems[1], Catch::Contains("footnotes"));
    CHECK_THAT(reading.problems[2], Catch::Contains("max"));
    CHECK_THAT(reading.problems[3], Catch::Contains("unknown option maxx"));
    CHECK(readPolicy(nullptr).problems.empty());
}

TEST_CASE("numbers are shown with thousands separators", "[limits-word-count]") {
    CHECK(withThousands(0) == "0");
    CHECK(withThousands(999) == "999");
    CHECK(withThousands(3412) == "3,412");
    CHECK(withThousands(1234567) == "1,234,567");
    CHECK(withThousands(-4500) == "-4,500");
}
