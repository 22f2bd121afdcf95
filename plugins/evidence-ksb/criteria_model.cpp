#include "criteria_model.hpp"

#include <Poco/JSON/Array.h>

#include <cmath>
#include <stdexcept>

namespace showcase::evidence {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

// Weights of where a phrase comes from: the mappings' terms and needs are chosen for matching;
// the seeds' hints are long sentences whose words matter less one by one.
constexpr double kTermWeight = 1.0;
constexpr double kPhraseOfSeveralWordsWeight = 1.5;
constexpr double kCriterionWordWeight = 1.0;
constexpr double kHintWordWeight = 0.4;
constexpr double kNeedWeight = 0.6;
// Word fragments in the mappings ("prioritis", "resolv") match as prefixes from this length on;
// shorter ones would find too much ("own" in "owner").
constexpr std::size_t kShortestPrefix = 5;

std::string text(const Object::Ptr& object, const std::string& key) {
    return object && object->has(key) && !object->get(key).isEmpty() ? object->getValue<std::string>(key) : std::string();
}

std::vector<std::string> strings(const Array::Ptr& array) {
    std::vector<std::string> values;
    for (std::size_t i = 0; array && i < array->size(); ++i) values.push_back(array->getElement<std::string>(static_cast<unsigned>(i)));
    return values;
}

std::vector<Object::Ptr> objects(const Array::Ptr& array) {
    std::vector<Object::Ptr> values;
    for (std::size_t i = 0; array && i < array->size(); ++i) values.push_back(array->getObject(static_cast<unsigned>(i)));
    return values;
}

std::string upper(std::string value) {
    for (auto& c : value) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return value;
}

// M02-K1 -> K2.1: the id scheme is Highfield's numbering, which apprentices of any EPAO use.
std::string highfieldForm(const std::string& id) {
    const int module = std::stoi(id.substr(1, 2));
    return id.substr(4, 1) + std::to_string(module) + "." + id.substr(5);
}

class ModelBuilder {
public:
    ModelBuilder(ProfileModel& model, TextAnalyser& analyser) : model_(model), analyser_(analyser) {}

    void addWords(std::map<int, double>& query, const std::string& source, double weight) {
        for (const auto& word : analyser_.words(source)) {
            const int id = addPhrase(word.folded, false);
            if (id >= 0) query[id] = std::max(query[id], weight);
        }
    }

    int addPhrase(const std::string& phrase, bool allowPrefix) {
        const std::string key = allowPrefix ? phrase : "=" + phrase;
        auto found = cache_.find(key);
        if (found != cache_.end()) return found->second;
        int id = model_.book.add(allowPrefix ? phrase : "=" + phrase, analyser_);
        cache_[key] = id;
        return id;
    }

private:
    ProfileModel& model_;
    TextAnalyser& analyser_;
    std::map<std::string, int> cache_;
};

void readCodes(CriterionSpec& spec, const Object::Ptr& criterion) {
    for (const auto& ref : objects(criterion->getArray("epao_refs"))) {
        const std::string code = text(ref, "code");
        if (!code.empty()) {
            spec.codes.push_back(code);
            spec.tagCodes.insert(upper(code));
        }
        if (spec.component.empty() && ref->has("component")) spec.component = text(ref, "component");
    }
    spec.tagCodes.insert(upper(highfieldForm(spec.id)));
    spec.tagCodes.insert(upper(spec.id));
}

// Scales each weight by how few criteria share the phrase, so "customer" counts for little and
// "brand promise" for a lot.
void weighByRarity(ProfileModel& model) {
    std::map<int, int> criteriaWith;
    for (const auto& spec : model.criteria) {
        for (const auto& weighted : spec.query) ++criteriaWith[weighted.phrase];
    }
    const double n = static_cast<double>(model.criteria.size());
    for (auto& spec : model.criteria) {
        for (auto& weighted : spec.query) {
            weighted.weight *= std::log(1.0 + n / criteriaWith[weighted.phrase]) / std::log(1.0 + n);
        }
    }
}

}  // namespace

int PhraseBook::add(const std::string& text, TextAnalyser& analyser) {
    // A leading '=' asks for whole-stem matching only (the criterion's own words).
    const bool exact = !text.empty() && text[0] == '=';
    std::vector<int> ids;
    for (const auto& word : analyser.words(exact ? text.substr(1) : text)) {
        const bool prefix = !exact && word.folded.size() >= kShortestPrefix;
        const std::string key = (prefix ? "*" : "=") + word.folded;
        auto found = wordIds_.find(key);
        if (found == wordIds_.end()) {
            found = wordIds_.emplace(key, static_cast<int>(words.size())).first;
            words.push_back({word.folded, word.stem, prefix});
        }
        ids.push_back(found->second);
    }
    if (ids.empty()) return -1;
    auto found = phraseIds_.find(ids);
    if (found != phraseIds_.end()) return found->second;
    phrases.push_back({ids, exact ? text.substr(1) : text});
    return phraseIds_.emplace(ids, static_cast<int>(phrases.size() - 1)).first->second;
}

ProfileModel readProfileModel(const Object::Ptr& profile, TextAnalyser& analyser) {
    ProfileModel model;
    model.id = text(profile, "id");
    model.epao = text(profile, "epao");
    ModelBuilder builder(model, analyser);
    const auto coverage = profile->getObject("coverage");
    for (const auto& module : objects(coverage->getArray("module_names"))) {
        const int number = module->getValue<int>("number");
        for (const auto& name : strings(module->getArray("names"))) model.moduleNames[number].push_back(analyser.fold(name));
    }
    std::map<std::string, std::set<std::string>> sectionsOf;
    if (const auto templ = profile->getObject("template")) {
        for (const auto& section : objects(templ->getArray("sections"))) {
            const std::string id = text(section, "id");
            if (text(section, "role") == "appendix") model.appendixSections.insert(id);
            for (const auto& criterion : strings(section->getArray("criteria"))) sectionsOf[criterion].insert(id);
        }
    }
    for (const auto& component : objects(profile->getArray("components"))) {
        ComponentSpec spec{text(component, "id"), text(component, "name"), 0};
        if (const auto grading = component->getObject("grading")) {
            if (const auto distinction = grading->getObject("distinction")) spec.distinctionRequired = distinction->getValue<int>("required");
        }
        model.components.push_back(spec);
    }
    if (const auto grading = profile->getObject("grading")) {
        if (const auto distinction = grading->getObject("distinction")) model.distinctionRequired = distinction->getValue<int>("required");
    }
    for (const auto& criterion : objects(coverage->getArray("criteria"))) {
        CriterionSpec spec;
        spec.id = text(criterion, "id");
        spec.module = criterion->getValue<int>("module");
        spec.grade = text(criterion, "grade");
        spec.text = text(criterion, "text");
        auto names = coverage->getArray("module_names");
        for (const auto& module : objects(names)) {
            if (module->getValue<int>("number") == spec.module) spec.moduleName = strings(module->getArray("names")).front();
        }
        readCodes(spec, criterion);
        spec.sections = sectionsOf[spec.id];
        const auto guide = criterion->getObject("evidence");
        if (!guide) throw std::runtime_error("criterion " + spec.id + " has no evidence guide in the mappings (rule 25)");
        spec.prompt = text(guide, "prompt");
        std::map<int, double> query;
        builder.addWords(query, spec.text, kCriterionWordWeight);
        for (const auto& hint : objects(criterion->getArray("evidence_hints"))) builder.addWords(query, text(hint, "text"), kHintWordWeight);
        for (const auto& term : strings(guide->getArray("terms"))) {
            const int id = builder.addPhrase(term, true);
            if (id < 0) continue;
            const double weight = model.book.phrases[static_cast<std::size_t>(id)].words.size() > 1 ? kPhraseOfSeveralWordsWeight : kTermWeight;
            query[id] = std::max(query[id], weight);
        }
        for (const auto& need : objects(guide->getArray("needs"))) {
            Need parsed{text(need, "label"), {}};
            for (const auto& phrase : strings(need->getArray("any"))) {
                const int id = builder.addPhrase(phrase, true);
                if (id < 0) continue;
                parsed.phrases.push_back(id);
                query[id] = std::max(query[id], kNeedWeight);
            }
            spec.needs.push_back(parsed);
        }
        for (const auto& [id, weight] : query) spec.query.push_back({id, weight});
        model.criteria.push_back(std::move(spec));
    }
    weighByRarity(model);
    return model;
}

}  // namespace showcase::evidence
