#include "catalogue_rules.hpp"

#include <algorithm>
#include <regex>

#include "json_read.hpp"

namespace showcase::profiles {
namespace {

struct Reference {
    std::string criterion;
    std::string match;
    std::string pointer;
};

class CatalogueRules {
public:
    CatalogueRules(const Catalogue& catalogue, Diagnostics& diagnostics)
        : catalogue_(catalogue), root_(json::asObject(catalogue.json.root)), diagnostics_(diagnostics) {}

    void run() {
        modulesAreOneToEighteen();
        criterionIds();
        numbering();
        epaoReferences();
        sharedReferences();
        methodCounts();
        unmatchedItems();
        evidenceGuides();
    }

private:
    void error(const std::string& pointer, const std::string& message) {
        diagnostics_.add({Level::Error, catalogue_.json.file, catalogue_.json.lineOf(pointer), pointer, message});
    }

    // Rule 25: the evidence-ksb check needs something to look for and a prompt for every gap.
    void evidenceGuides() {
        for (const auto& [i, criterion] : json::indexedObjects(json::array(root_, "criteria"))) {
            const auto methods = json::strings(json::array(criterion, "methods"));
            const bool showcase = std::find(methods.begin(), methods.end(), "showcase") != methods.end();
            const std::string base = "/criteria/" + std::to_string(i);
            const auto guide = json::object(criterion, "evidence");
            if (showcase && !guide) error(base, "a showcase criterion needs an 'evidence' guide (terms, needs, prompt)");
            if (!guide) continue;
            for (const auto& [j, need] : json::indexedObjects(json::array(guide, "needs"))) {
                if (json::strings(json::array(need, "any")).empty()) {
                    error(base + "/evidence/needs/" + std::to_string(j) + "/any", "a need lists at least one phrase");
                }
            }
        }
    }

    // Rule 8.
    void modulesAreOneToEighteen() {
        std::set<long long> seen;
        for (const auto& [i, module] : json::indexedObjects(json::array(root_, "modules"))) {
            const long long number = *json::integer(module, "number");
            const std::string pointer = "/modules/" + std::to_string(i) + "/number";
            if (number < 1 || number > 18) error(pointer, "module number " + std::to_string(number) + " is outside 1..18");
            if (!seen.insert(number).second) error(pointer, "module " + std::to_string(number) + " appears twice");
        }
        for (long long n = 1; n <= 18; ++n) {
            if (seen.count(n) == 0) error("/modules", "module " + std::to_string(n) + " is missing");
        }
    }

    // Rule 6.
    void criterionIds() {
        static const std::regex scheme(R"(M(\d\d)-([KSB])(\d+))");
        std::set<std::string> seen;
        for (const auto& [i, criterion] : json::indexedObjects(json::array(root_, "criteria"))) {
            const std::string base = "/criteria/" + std::to_string(i);
            const std::string id = *json::string(criterion, "id");
            const int module = static_cast<int>(*json::integer(criterion, "module"));
            const std::string ksb = *json::string(criterion, "ksb");
            if (!seen.insert(id).second) error(base + "/id", "criterion id '" + id + "' is not unique");
            std::smatch parts;
            if (!std::regex_match(id, parts, scheme)) {
                error(base + "/id", "criterion id '" + id + "' does not follow the scheme M<nn>-<K|S|B><n>");
                continue;
            }
            if (std::stoi(parts[1]) != module) error(base + "/module", "module " + std::to_string(module) + " disagrees with id '" + id + "'");
            if (std::string(1, static_cast<char>(std::toupper(ksb[0]))) != parts[2].str()) {
                error(base + "/ksb", "ksb '" + ksb + "' disagrees with id '" + id + "'");
            }
            const auto moduleKsb = catalogue_.moduleKsb.find(module);
            if (moduleKsb == catalogue_.moduleKsb.end()) {
                error(base + "/module", "module " + std::to_string(module) + " is not in the catalogue's modules");
                continue;
            }
            if (moduleKsb->second != ksb) error(base + "/ksb", "ksb '" + ksb + "' differs from module " + std::to_string(module) + "'s '" + moduleKsb->second + "'");
            if (json::strings(json::array(criterion, "methods")) != catalogue_.moduleMethods.at(module)) {
                error(base + "/methods", "methods differ from module " + std::to_string(module) + "'s");
            }
        }
    }

    // Rule 7: per module, numbers 1..n without gaps, pass criteria before distinction.
    void numbering() {
        std::map<int, std::vector<std::pair<int, std::string>>> byModule;  // number, grade
        std::map<int, std::string> firstPointer;
        static const std::regex scheme(R"(M\d\d-[KSB](\d+))");
        for (const auto& [i, criterion] : json::indexedObjects(json::array(root_, "criteria"))) {
            std::smatch parts;
            const std::string id = *json::string(criterion, "id");
            if (!std::regex_match(id, parts, scheme)) continue;
            const int module = static_cast<int>(*json::integer(criterion, "module"));
            byModule[module].emplace_back(std::stoi(parts[1]), *json::string(criterion, "grade"));
            firstPointer.emplace(module, "/criteria/" + std::to_string(i));
        }
        for (auto& [module, numbers] : byModule) {
            std::sort(numbers.begin(), numbers.end());
            bool distinctionSeen = false;
            for (std::size_t k = 0; k < numbers.size(); ++k) {
                if (numbers[k].first != static_cast<int>(k + 1)) {
                    error(firstPointer[module], "module " + std::to_string(module) + "'s criteria are not numbered 1.." +
                                                    std::to_string(numbers.size()) + " without gaps");
                    break;
                }
                if (numbers[k].second == "distinction") distinctionSeen = true;
                else if (distinctionSeen) {
                    error(firstPointer[module], "module " + std::to_string(module) + " numbers a pass criterion after a distinction one");
                    break;
                }
            }
        }
    }

    // Rule 9.
    void epaoReferences() {
        static const std::regex highfieldCode(R"([KSB]\d+\.\d+)");
        for (const auto& [i, criterion] : json::indexedObjects(json::array(root_, "criteria"))) {
            const std::string base = "/criteria/" + std::to_string(i);
            const auto& facts = catalogue_.criteria.at(*json::string(criterion, "id"));
            const auto refs = json::object(criterion, "epao_refs");
            for (const auto& epao : refs->getNames()) {
                const std::string refsPointer = base + "/epao_refs/" + pointerToken(epao);
                if (catalogue_.epaoSeeds.count(epao) == 0) error(refsPointer, "'" + epao + "' is not an EPAO of the catalogue");
                for (const auto& [j, ref] : json::indexedObjects(json::array(refs, epao))) {
                    const std::string pointer = refsPointer + "/" + std::to_string(j);
                    const auto code = json::string(ref, "code");
                    if (epao == "highfield" && code && !std::regex_match(*code, highfieldCode)) {
                        error(pointer + "/code", "Highfield code '" + *code + "' does not look like K2.1");
                    }
                    if (epao == "innovate" && code) {
                        const std::string prefix = std::to_string(facts.module) + static_cast<char>(std::toupper(facts.ksb[0]));
                        if (code->rfind(prefix, 0) != 0) error(pointer + "/code", "Innovate code '" + *code + "' does not start with " + prefix);
                        if (json::string(ref, "match") == "equivalent" && json::string(ref, "grade") != facts.grade) {
                            error(pointer + "/grade", "an equivalent Innovate reference must have the criterion's grade (" + facts.grade + ")");
                        }
                    }
                }
            }
            for (const auto& [j, hint] : json::indexedObjects(json::array(criterion, "evidence_hints"))) {
                const std::string epao = *json::string(hint, "epao");
                if (catalogue_.epaoSeeds.count(epao) == 0) {
                    error(base + "/evidence_hints/" + std::to_string(j) + "/epao", "'" + epao + "' is not an EPAO of the catalogue");
                }
            }
        }
    }

    // Rule 10: one EPAO item under several criteria is `shared` everywhere, and `shared` means it is.
    void sharedReferences() {
        std::map<std::string, std::vector<Reference>> byItem;  // "epao code" -> where it is used
        std::map<std::string, std::vector<std::string>> itemsOfRef;  // pointer -> its item keys
        std::vector<Reference> all;
        for (const auto& [i, criterion] : json::indexedObjects(json::array(root_, "criteria"))) {
            const std::string id = *json::string(criterion, "id");
            const auto refs = json::object(criterion, "epao_refs");
            for (const auto& epao : {"highfield", "innovate", "activeiq"}) {
                for (const auto& [j, ref] : json::indexedObjects(json::array(refs, epao))) {
                    Reference reference{id, *json::string(ref, "match"),
                                        "/criteria/" + std::to_string(i) + "/epao_refs/" + epao + "/" + std::to_string(j)};
                    std::vector<std::string> keys;
                    if (auto code = json::string(ref, "code")) keys.push_back(std::string(epao) + " " + *code);
                    if (std::string(epao) == "activeiq") {
                        for (const auto& item : json::strings(json::array(ref, "items"))) {
                            keys.push_back("activeiq " + *json::string(ref, "component") + " " + item);
                        }
                    }
                    for (const auto& key : keys) byItem[key].push_back(reference);
                    itemsOfRef[reference.pointer] = keys;
                    all.push_back(reference);
                }
            }
        }
        for (const auto& reference : all) {
            bool usedElsewhere = false;
            for (const auto& key : itemsOfRef[reference.pointer]) {
                for (const auto& other : byItem[key]) usedElsewhere |= other.criterion != reference.criterion;
            }
            if (usedElsewhere && reference.match != "shared") {
                error(reference.pointer + "/match", "this EPAO item also serves another criterion, so match must be 'shared'");
            } else if (!usedElsewhere && reference.match == "shared") {
                error(reference.pointer + "/match", "match is 'shared' but no other criterion uses this EPAO item");
            }
        }
    }

    // Rules 11 and 12.
    void methodCounts() {
        bool showcaseFound = false;
        for (const auto& [i, method] : json::indexedObjects(json::array(root_, "methods"))) {
            const std::string base = "/methods/" + std::to_string(i);
            const std::string id = *json::string(method, "id");
            showcaseFound |= id == "showcase";
            long long pass = 0;
            long long distinction = 0;
            for (const auto& [criterionId, facts] : catalogue_.criteria) {
                if (std::find(facts.methods.begin(), facts.methods.end(), id) == facts.methods.end()) continue;
                (facts.grade == "pass" ? pass : distinction) += 1;
            }
            const auto counts = json::object(method, "counts");
            if (*json::integer(counts, "pass") != pass) {
                error(base + "/counts/pass", "counts.pass is " + std::to_string(*json::integer(counts, "pass")) + " but " +
                                                 std::to_string(pass) + " pass criteria have method '" + id + "'");
            }
            if (*json::integer(counts, "distinction") != distinction) {
                error(base + "/counts/distinction", "counts.distinction is " + std::to_string(*json::integer(counts, "distinction")) +
                                                        " but " + std::to_string(distinction) + " distinction criteria have method '" + id + "'");
            }
            const auto threshold = json::object(method, "distinction_threshold");
            const long long of = *json::integer(threshold, "of");
            const long long required = *json::integer(threshold, "required");
            if (of != distinction) error(base + "/distinction_threshold/of", "of must equal the " + std::to_string(distinction) + " distinction criteria");
            if (required <= 0 || required > of) error(base + "/distinction_threshold/required", "required must be in 1..of");
        }
        if (!showcaseFound) error("/methods", "the catalogue has no 'showcase' method");
    }

    // Rule 13.
    void unmatchedItems() {
        for (const auto& [i, item] : json::indexedObjects(json::array(root_, "unmatched_epao_items"))) {
            const std::string epao = *json::string(item, "epao");
            const std::string code = *json::string(item, "code");
            const std::string pointer = "/unmatched_epao_items/" + std::to_string(i);
            if (catalogue_.epaoSeeds.count(epao) == 0) error(pointer + "/epao", "'" + epao + "' is not an EPAO of the catalogue");
            for (const auto& [criterionId, facts] : catalogue_.criteria) {
                const auto criterion = json::asObject(json::at(json::array(root_, "criteria"), facts.index));
                for (const auto& ref : json::objects(json::array(json::object(criterion, "epao_refs"), epao))) {
                    if (json::string(ref, "code") == code) {
                        error(pointer + "/code", "code '" + code + "' is unmatched here but referenced by " + criterionId);
                    }
                }
            }
        }
    }

    const Catalogue& catalogue_;
    json::ObjectPtr root_;
    Diagnostics& diagnostics_;
};

}  // namespace

void checkCatalogueRules(const Catalogue& catalogue, Diagnostics& diagnostics) {
    CatalogueRules(catalogue, diagnostics).run();
}

}  // namespace showcase::profiles
