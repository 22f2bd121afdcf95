#include "catalogue.hpp"

#include <algorithm>
#include <regex>

#include "catalogue_rules.hpp"
#include "citations.hpp"
#include "json_read.hpp"
#include "shape.hpp"

namespace showcase::profiles {

bool Catalogue::isShowcaseModule(int module) const {
    const auto found = moduleMethods.find(module);
    if (found == moduleMethods.end()) return false;
    return std::find(found->second.begin(), found->second.end(), "showcase") != found->second.end();
}

std::vector<std::string> Catalogue::showcaseCriteriaOf(const std::set<int>& modules) const {
    std::vector<const CriterionFacts*> chosen;
    for (const auto& [id, facts] : criteria) {
        const bool showcase = std::find(facts.methods.begin(), facts.methods.end(), "showcase") != facts.methods.end();
        if (showcase && modules.count(facts.module) > 0) chosen.push_back(&facts);
    }
    std::sort(chosen.begin(), chosen.end(), [](auto* a, auto* b) { return a->index < b->index; });
    std::vector<std::string> ids;
    for (const auto* facts : chosen) ids.push_back(facts->id);
    return ids;
}

namespace {

void index(Catalogue& catalogue) {
    const auto root = json::asObject(catalogue.json.root);
    catalogue.standardId = json::string(json::object(root, "standard"), "id").value_or("");
    for (const auto& seed : json::objects(json::array(root, "seeds"))) catalogue.seedFiles.insert(*json::string(seed, "file"));
    for (const auto& epao : json::objects(json::array(root, "epaos"))) {
        catalogue.epaoSeeds[*json::string(epao, "id")] = *json::string(epao, "seed");
        catalogue.epaoNames[*json::string(epao, "id")] = *json::string(epao, "name");
    }
    for (const auto& module : json::objects(json::array(root, "modules"))) {
        const int number = static_cast<int>(*json::integer(module, "number"));
        catalogue.moduleKsb[number] = *json::string(module, "ksb");
        catalogue.moduleMethods[number] = json::strings(json::array(module, "methods"));
    }
    for (const auto& [i, criterion] : json::indexedObjects(json::array(root, "criteria"))) {
        CriterionFacts facts{*json::string(criterion, "id"), static_cast<int>(*json::integer(criterion, "module")),
                             *json::string(criterion, "ksb"), *json::string(criterion, "grade"),
                             json::strings(json::array(criterion, "methods")), i};
        catalogue.criteria.emplace(facts.id, facts);
        const auto refs = json::object(criterion, "epao_refs");
        for (const auto& epao : refs->getNames()) {
            for (const auto& ref : json::objects(json::array(refs, epao))) {
                if (auto code = json::string(ref, "code")) catalogue.epaoCodes[epao].insert(*code);
            }
        }
    }
    for (const auto& item : json::objects(json::array(root, "unmatched_epao_items"))) {
        catalogue.epaoCodes[*json::string(item, "epao")].insert(*json::string(item, "code"));
    }
    for (const auto& method : json::objects(json::array(root, "methods"))) {
        if (json::string(method, "id") == "showcase") {
            catalogue.showcaseDistinctionOf =
                static_cast<int>(json::integer(json::object(method, "counts"), "distinction").value_or(0));
        }
    }
}

}  // namespace

std::optional<Catalogue> loadCatalogue(const std::string& path, SeedTexts& seeds, Diagnostics& diagnostics) {
    const std::size_t errorsBefore = diagnostics.count(Level::Error);
    auto shaped = readShaped(path, catalogueShape(), diagnostics);
    if (!shaped) return std::nullopt;
    Catalogue catalogue;
    catalogue.json = std::move(*shaped);
    index(catalogue);
    checkCitations(catalogue.json, catalogue.seedFiles, seeds, diagnostics);
    checkCatalogueRules(catalogue, diagnostics);
    if (diagnostics.count(Level::Error) > errorsBefore) return std::nullopt;
    return catalogue;
}

}  // namespace showcase::profiles
