#include "criteria_model.hpp"

#include <Poco/JSON/Array.h>

#include <cctype>
#include <cmath>
#include <stdexcept>

#include "plugin_support.hpp"

namespace showcase::evidence {
namespace {

using common::objectsIn;
using common::stringOf;
using common::stringsIn;

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
// The assessment keeps the needs a passage meets as bits of one 64-bit word.
constexpr std::size_t kMostNeeds = 64;

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
            const int id = model_.book.addWord(word, analyser_);
            query[id] = std::max(query[id], weight);
        }
    }

    int addPhrase(const std::string& phrase) {
        auto found = cache_.find(phrase);
        if (found != cache_.end()) return found->second;
        const int id = model_.book.add(phrase, analyser_);
        cache_[phrase] = id;
        return id;
    }

private:
    ProfileModel& model_;
    TextAnalyser& analyser_;
    std::unordered_map<std::string, int> cache_;
};

void readCodes(CriterionSpec& spec, const Object::Ptr& criterion) {
    for (const auto& ref : objectsIn(criterion->getArray("epao_refs"))) {
        const std::string code = stringOf(ref, "code");
        if (!code.empty()) {
            spec.codes.push_back(code);
            spec.tagCodes.insert(upperCased(code));
        }
        if (spec.component.empty() && ref->has("component")) spec.component = stringOf(ref, "component");
    }
    spec.tagCodes.insert(upperCased(highfieldForm(spec.id)));
    spec.tagCodes.insert(upperCased(spec.id));
}

// Scales each weight by how few criteria share the phrase, so "customer" counts for little and
// "brand promise" for a lot.
void weighByRarity(ProfileModel& model) {
    std::vector<int> criteriaWith(model.book.phrases.size(), 0);
    for (const auto& spec : model.criteria) {
        for (const auto& weighted : spec.query) ++criteriaWith[static_cast<std::size_t>(weighted.phrase)];
    }
    const double n = static_cast<double>(model.criteria.size());
    for (auto& spec : model.criteria) {
        for (auto& weighted : spec.query) {
            weighted.weight *= std::log(1.0 + n / criteriaWith[static_cast<std::size_t>(weighted.phrase)]) / std::log(1.0 + n);
        }
    }
}

}  // namespace

std::string upperCased(std::string code) {
    for (auto& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return code;
}

int PhraseBook::add(const std::string& text, TextAnalyser& analyser) {
    useAnalyser(analyser);
    return add(analyser.words(text), text, false);
}

int PhraseBook::addWord(const Word& word, TextAnalyser& analyser) {
    useAnalyser(analyser);
    return add({word}, std::string(word.folded), true);
}

void PhraseBook::useAnalyser(const TextAnalyser& analyser) {
    // Phrase words are filed by the analyser's word ids, which mean nothing to another analyser.
    if (analyser_ == nullptr) analyser_ = &analyser;
    if (analyser_ != &analyser) throw std::logic_error("a PhraseBook takes every phrase through one TextAnalyser");
}

int PhraseBook::add(const std::vector<Word>& analysed, const std::string& text, bool exact) {
    std::vector<int> ids;
    for (const auto& word : analysed) {
        const bool prefix = !exact && word.folded.size() >= kShortestPrefix;
        auto& filed = prefix ? prefixWordOf_ : wholeWordOf_;
        const auto slot = static_cast<std::size_t>(word.id);
        if (slot >= filed.size()) filed.resize(slot + 1, -1);
        if (filed[slot] < 0) {
            filed[slot] = static_cast<int>(words.size());
            words.push_back({std::string(word.folded), std::string(word.stem), prefix});
        }
        ids.push_back(filed[slot]);
    }
    if (ids.empty()) return -1;
    const std::string key(reinterpret_cast<const char*>(ids.data()), ids.size() * sizeof(int));
    auto found = phraseIds_.find(key);
    if (found != phraseIds_.end()) return found->second;
    phrases.push_back({ids, text});
    return phraseIds_.emplace(key, static_cast<int>(phrases.size() - 1)).first->second;
}

ProfileModel readProfileModel(const Object::Ptr& profile, TextAnalyser& analyser) {
    ProfileModel model;
    model.id = stringOf(profile, "id");
    model.epao = stringOf(profile, "epao");
    ModelBuilder builder(model, analyser);
    const auto coverage = profile->getObject("coverage");
    // The name a module is shown by: the first of its names, from the last entry of its number.
    std::map<int, std::string> firstNameOf;
    for (const auto& module : objectsIn(coverage->getArray("module_names"))) {
        const int number = module->getValue<int>("number");
        const auto names = stringsIn(module->getArray("names"));
        if (!names.empty()) firstNameOf[number] = names.front();
        for (const auto& name : names) model.moduleNames[number].push_back(analyser.fold(name));
    }
    std::map<std::string, std::set<std::string>> sectionsOf;
    if (const auto templ = profile->getObject("template")) {
        for (const auto& section : objectsIn(templ->getArray("sections"))) {
            const std::string id = stringOf(section, "id");
            if (stringOf(section, "role") == "appendix") model.appendixSections.insert(id);
            for (const auto& criterion : stringsIn(section->getArray("criteria"))) sectionsOf[criterion].insert(id);
        }
    }
    for (const auto& component : objectsIn(profile->getArray("components"))) {
        ComponentSpec spec{stringOf(component, "id"), stringOf(component, "name"), 0};
        if (const auto grading = component->getObject("grading")) {
            if (const auto distinction = grading->getObject("distinction")) spec.distinctionRequired = distinction->getValue<int>("required");
        }
        model.components.push_back(spec);
    }
    if (const auto grading = profile->getObject("grading")) {
        if (const auto distinction = grading->getObject("distinction")) model.distinctionRequired = distinction->getValue<int>("required");
    }
    for (const auto& criterion : objectsIn(coverage->getArray("criteria"))) {
        CriterionSpec spec;
        spec.id = stringOf(criterion, "id");
        spec.module = criterion->getValue<int>("module");
        spec.grade = stringOf(criterion, "grade");
        spec.text = stringOf(criterion, "text");
        if (const auto name = firstNameOf.find(spec.module); name != firstNameOf.end()) spec.moduleName = name->second;
        readCodes(spec, criterion);
        spec.sections = sectionsOf[spec.id];
        const auto guide = criterion->getObject("evidence");
        if (!guide) throw std::runtime_error("criterion " + spec.id + " has no evidence guide in the mappings (rule 25)");
        spec.prompt = stringOf(guide, "prompt");
        std::map<int, double> query;
        builder.addWords(query, spec.text, kCriterionWordWeight);
        for (const auto& hint : objectsIn(criterion->getArray("evidence_hints"))) builder.addWords(query, stringOf(hint, "text"), kHintWordWeight);
        for (const auto& term : stringsIn(guide->getArray("terms"))) {
            const int id = builder.addPhrase(term);
            if (id < 0) continue;
            const double weight = model.book.phrases[static_cast<std::size_t>(id)].words.size() > 1 ? kPhraseOfSeveralWordsWeight : kTermWeight;
            query[id] = std::max(query[id], weight);
        }
        for (const auto& need : objectsIn(guide->getArray("needs"))) {
            Need parsed{stringOf(need, "label"), {}};
            for (const auto& phrase : stringsIn(need->getArray("any"))) {
                const int id = builder.addPhrase(phrase);
                if (id < 0) continue;
                parsed.phrases.push_back(id);
                query[id] = std::max(query[id], kNeedWeight);
            }
            spec.needs.push_back(parsed);
        }
        if (spec.needs.size() > kMostNeeds) {
            throw std::runtime_error("criterion " + spec.id + " declares more than " + std::to_string(kMostNeeds) + " needs in the mappings");
        }
        for (const auto& [id, weight] : query) spec.query.push_back({id, weight});
        model.criteria.push_back(std::move(spec));
    }
    weighByRarity(model);
    return model;
}

void attachTopicModels(ProfileModel& model, const std::map<std::string, TopicWeights>& models) {
    for (auto& spec : model.criteria) {
        const auto found = models.find(spec.id);
        if (found == models.end()) continue;
        spec.hasTopicModel = true;
        spec.topicBias = found->second.bias;
        for (const auto& [stem, weight] : found->second.weights) {
            const int id = model.topicFeatureIds.emplace(stem, static_cast<int>(model.topicFeatureIds.size())).first->second;
            spec.topicWeights.emplace_back(id, weight);
        }
    }
}

}  // namespace showcase::evidence
