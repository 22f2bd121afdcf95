// A criteria catalogue (mappings/standards/<id>/criteria.json), validated by rules 1-13, with the
// indices profiles are checked and resolved against.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "diagnostics.hpp"
#include "located_json.hpp"
#include "seed_texts.hpp"

namespace showcase::profiles {

struct CriterionFacts {
    std::string id;
    int module = 0;
    std::string ksb;
    std::string grade;
    std::vector<std::string> methods;
    std::size_t index = 0;  ///< position in `criteria`
};

struct Catalogue {
    LocatedJson json;
    std::string standardId;
    std::set<std::string> seedFiles;
    std::map<std::string, std::string> epaoSeeds;  ///< EPAO id -> its seed file
    std::map<std::string, std::string> epaoNames;  ///< EPAO id -> name as the seeds print it
    std::map<int, std::string> moduleKsb;
    std::map<int, std::vector<std::string>> moduleMethods;
    std::map<std::string, CriterionFacts> criteria;
    /// Codes each EPAO uses (references and unmatched items), for rule 19.
    std::map<std::string, std::set<std::string>> epaoCodes;
    int showcaseDistinctionOf = 0;

    bool isShowcaseModule(int module) const;
    /// The showcase criteria of `modules`, in catalogue order.
    std::vector<std::string> showcaseCriteriaOf(const std::set<int>& modules) const;
};

/// Reads and validates a catalogue; nullopt (with the reasons in `diagnostics`) when invalid.
std::optional<Catalogue> loadCatalogue(const std::string& path, SeedTexts& seeds, Diagnostics& diagnostics);

}  // namespace showcase::profiles
