// Rules 15-24 of mappings/README.md: a profile against its catalogue. The checks are split by
// topic across profile_rules.cpp (coverage, grading, information, messages) and
// template_rules.cpp (limits, template, word ranges, EPAO ranges, components).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "json_read.hpp"
#include "profile.hpp"

namespace showcase::profiles {

void checkProfileRules(const Profile& profile, Diagnostics& diagnostics);

class ProfileRules {
public:
    ProfileRules(const Profile& profile, Diagnostics& diagnostics);
    void run();

private:
    void report(Level level, const std::string& pointer, const std::string& message);
    void error(const std::string& pointer, const std::string& message) { report(Level::Error, pointer, message); }
    void warning(const std::string& pointer, const std::string& message) { report(Level::Warning, pointer, message); }

    void coverage();           // rule 15
    void limits();             // rule 16
    void templateSections();   // rule 17
    void sectionWords();       // rule 18
    void epaoRanges();         // rule 19
    void components();         // rule 20
    void grading();            // rule 21
    void information();        // rule 22
    void messages();           // rule 23
    void everyCriterionPlaced();  // rule 24

    bool covered(const std::string& criterion) const { return coveredCriteria_.count(criterion) > 0; }
    /// Whether `criterion` is in the catalogue; an error at `pointer` when it is not.
    bool criterionKnown(const std::string& pointer, const std::string& criterion);
    /// What lists a criterion, for criterionFits().
    enum class Lister { Group, Section, Component };
    /// Whether a criterion that `lister` lists is known, covered and in `modules` (the lister's);
    /// the first of these that fails is reported at `pointer`.
    bool criterionFits(const std::string& pointer, const std::string& criterion, const std::vector<long long>& modules,
                       Lister lister);

    const Profile& profile_;
    const Catalogue& catalogue_;
    json::ObjectPtr root_;
    Diagnostics& diagnostics_;
    std::set<int> coveredModules_;
    std::set<std::string> coveredCriteria_;
};

}  // namespace showcase::profiles
