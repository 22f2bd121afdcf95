// The repository's catalogue and profiles: all valid (citations checked against the seeds), and
// the key figures of each pinned to mappings/CHECKLIST.md.
#include "shipped_mappings.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "analysis/analysis_session.hpp"
#include "profiles/profile_listing.hpp"
#include "profiles/resolver.hpp"

using namespace showcase::profiles;
using showcase::test::seedsFolder;
using showcase::test::sourcePath;

namespace {

const ProfileLibrary& shippedLibrary() {
    static SeedTexts seeds(seedsFolder());
    static const auto library = ProfileLibrary::load(sourcePath("mappings"), seeds);
    return *library;
}

constexpr long long kNotStated = -1;

long long orNotStated(const std::optional<long long>& value) { return value.value_or(kNotStated); }

std::size_t countSections(const Poco::JSON::Object::Ptr& profile, const std::string& role) {
    if (profile->isNull("template")) return 0;
    const auto sections = profile->getObject("template")->getArray("sections");
    std::size_t count = 0;
    for (std::size_t i = 0; i < sections->size(); ++i) {
        count += sections->getObject(static_cast<unsigned>(i))->getValue<std::string>("role") == role ? 1 : 0;
    }
    return count;
}

}  // namespace

TEST_CASE("the catalogue and every profile load without errors or warnings", "[profiles]") {
    const auto& library = shippedLibrary();
    for (const auto& diagnostic : library.diagnostics().items()) UNSCOPED_INFO(formatDiagnostic(diagnostic));
    CHECK(library.diagnostics().items().empty());
    CHECK(library.catalogues().count("st0072") == 1);
    CHECK(library.profiles().size() == 11);
}

TEST_CASE("the catalogue's showcase has 30 pass and 10 distinction criteria in 10 modules", "[profiles]") {
    const auto& catalogue = shippedLibrary().catalogues().at("st0072");
    std::set<int> modules;
    for (int module = 1; module <= 18; ++module) {
        if (catalogue.isShowcaseModule(module)) modules.insert(module);
    }
    CHECK(modules == std::set<int>{2, 3, 4, 7, 10, 11, 12, 13, 14, 15});
    const auto ids = catalogue.showcaseCriteriaOf(modules);
    const auto distinction = std::count_if(ids.begin(), ids.end(), [&](const std::string& id) {
        return catalogue.criteria.at(id).grade == "distinction";
    });
    CHECK(ids.size() == 40);
    CHECK(distinction == 10);
    CHECK(catalogue.epaoSeeds.size() == 5);
}

TEST_CASE("each profile's key figures are those of mappings/CHECKLIST.md", "[profiles]") {
    // id, epao, option, words min, words max, slides max, interview max, content sections,
    // appendix sections, components.
    auto [id, epao, option, wordsMin, wordsMax, slidesMax, interviewMax, contentSections, appendixSections, components] =
        GENERATE(table<std::string, std::string, std::string, long long, long long, long long, long long, std::size_t,
                       std::size_t, std::size_t>({
            {"highfield-report", "highfield", "report", kNotStated, 4500, kNotStated, 30, 17, 1, 0},
            {"highfield-presentation", "highfield", "presentation", kNotStated, kNotStated, kNotStated, 30, 17, 1, 0},
            {"tquk-report", "tquk", "report", 2000, 3000, kNotStated, 30, 10, 0, 0},
            {"tquk-presentation", "tquk", "presentation", kNotStated, kNotStated, 35, 30, 10, 0, 0},
            {"innovate-report", "innovate", "report", kNotStated, kNotStated, kNotStated, kNotStated, 10, 0, 0},
            {"innovate-presentation", "innovate", "presentation", kNotStated, kNotStated, kNotStated, kNotStated, 10, 0, 0},
            {"gateway-report", "gateway", "report", kNotStated, kNotStated, kNotStated, kNotStated, 10, 0, 0},
            {"gateway-storyboard", "gateway", "storyboard", kNotStated, kNotStated, kNotStated, kNotStated, 10, 0, 0},
            {"gateway-journal", "gateway", "journal", kNotStated, kNotStated, kNotStated, kNotStated, 10, 0, 0},
            {"gateway-presentation", "gateway", "presentation", kNotStated, kNotStated, kNotStated, kNotStated, 10, 0, 0},
            {"activeiq-components", "activeiq", "components", kNotStated, kNotStated, kNotStated, kNotStated, 0, 0, 7},
        }));
    INFO(id);
    const Profile* profile = shippedLibrary().find(id);
    REQUIRE(profile != nullptr);
    CHECK(profile->epao == epao);
    CHECK(profile->option == option);
    const auto figures = keyFigures(*profile);
    CHECK(orNotStated(figures.wordsMin) == wordsMin);
    CHECK(orNotStated(figures.wordsMax) == wordsMax);
    CHECK(orNotStated(figures.slidesMax) == slidesMax);
    CHECK(figures.distinctionRequired == 7);
    CHECK(figures.distinctionOf == 10);

    const auto resolved = resolveProfile(*profile);
    const auto limits = resolved->getObject("limits");
    const auto interview = limits->getObject("interview_minutes");
    CHECK((interview ? interview->getObject("max")->getValue<long long>("value") : kNotStated) == interviewMax);
    CHECK(countSections(resolved, "content") == contentSections);
    CHECK(countSections(resolved, "appendix") == appendixSections);
    CHECK(resolved->getArray("components")->size() == components);

    SECTION("the resolved coverage is the 30 pass and 10 distinction criteria, expanded") {
        const auto criteria = resolved->getObject("coverage")->getArray("criteria");
        REQUIRE(criteria->size() == 40);
        std::size_t distinction = 0;
        for (std::size_t i = 0; i < criteria->size(); ++i) {
            const auto criterion = criteria->getObject(static_cast<unsigned>(i));
            CHECK_FALSE(criterion->getValue<std::string>("text").empty());
            CHECK(criterion->getArray("epao_refs"));
            distinction += criterion->getValue<std::string>("grade") == "distinction" ? 1 : 0;
        }
        CHECK(distinction == 10);
        CHECK(resolved->getObject("coverage")->getArray("modules")->size() == 10);
        CHECK(resolved->getObject("standard")->getValue<std::string>("reference") == "ST0072");
    }
    SECTION("plugins receive the resolved profile through the analysis session") {
        showcase::Bundle bundle;
        showcase::host::AnalysisSession session(bundle, profile->id, resolved);
        CHECK(session.profileId() == id);
        REQUIRE(session.profile());
        CHECK(session.profile()->getValue<std::string>("id") == id);
    }
}

TEST_CASE("resolving a profile leaves the loaded one untouched", "[profiles]") {
    const Profile* profile = shippedLibrary().find("tquk-report");
    REQUIRE(profile != nullptr);
    resolveProfile(*profile)->getObject("coverage")->getArray("criteria")->clear();
    const auto again = resolveProfile(*profile);
    CHECK(again->getObject("coverage")->getArray("criteria")->size() == 40);
}
