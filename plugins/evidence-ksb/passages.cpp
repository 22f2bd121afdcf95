#include "passages.hpp"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

#include "phrase_matcher.hpp"

namespace showcase::evidence {
namespace {

using Poco::JSON::Object;

// Blocks shorter than this rarely say anything an assessor could point to on their own.
constexpr int kShortestPassage = 3;

/// A heading structure-sections found, with the template section it matched.
struct FoundHeading {
    int index = 0;
    int level = 0;
    std::string text;
    std::string section;
};

using HeadingsByFile = std::map<std::string, std::vector<FoundHeading>>;

HeadingsByFile headingsOf(const Object::Ptr& structure) {
    HeadingsByFile byFile;
    const auto sections = structure ? structure->getArray("sections") : nullptr;
    for (std::size_t i = 0; sections && i < sections->size(); ++i) {
        const auto entry = sections->getObject(static_cast<unsigned>(i));
        FoundHeading heading;
        heading.index = entry->optValue<int>("index", 0);
        heading.level = entry->optValue<int>("level", 1);
        heading.text = entry->optValue<std::string>("heading", "");
        if (entry->has("section") && !entry->get("section").isEmpty()) heading.section = entry->getValue<std::string>("section");
        byFile[entry->optValue<std::string>("file", "")].push_back(heading);
    }
    return byFile;
}

bool isCodeCharacter(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-'; }

bool looksLikeCode(const std::string& token) {
    auto digitsFrom = [&](std::size_t at, std::size_t& end) {
        end = at;
        while (end < token.size() && std::isdigit(static_cast<unsigned char>(token[end]))) ++end;
        return end > at && end - at <= 2;
    };
    auto isKsb = [](char c) { return c == 'K' || c == 'S' || c == 'B'; };
    std::size_t end = 0;
    // K2.1, S12.3
    if (!token.empty() && isKsb(token[0]) && digitsFrom(1, end) && end < token.size() && token[end] == '.') {
        std::size_t last = 0;
        return digitsFrom(end + 1, last) && last == token.size();
    }
    // 2K1, 12S3
    if (digitsFrom(0, end) && end < token.size() && isKsb(token[end])) {
        std::size_t last = 0;
        return digitsFrom(end + 1, last) && last == token.size();
    }
    // M02-K1
    return token.size() >= 6 && token[0] == 'M' && token[3] == '-' && isKsb(token[4]) && digitsFrom(1, end) && end == 3 &&
           digitsFrom(5, end) && end == token.size();
}

bool mentions(const std::string& folded, const std::string& what) { return folded.find(what) != std::string::npos; }

class PassageCollector {
public:
    PassageCollector(const ProfileModel& model, const Object::Ptr& structure, TextAnalyser& analyser, int neighbourWords)
        : model_(model), headings_(headingsOf(structure)), analyser_(analyser), matcher_(model.book), neighbourWords_(neighbourWords) {}

    std::vector<Passage> collect(const Bundle& bundle) {
        std::vector<Passage> passages;
        for (const auto& document : bundle.documents) {
            if (document.status != ReadStatus::Read) continue;
            const std::size_t first = passages.size();
            const auto found = headings_.find(document.path);
            const std::vector<FoundHeading> none;
            const auto& fileHeadings = found == headings_.end() ? none : found->second;
            for (const auto& block : document.blocks) {
                if (!readable(block)) continue;
                const auto words = analyser_.words(block.text);
                if (static_cast<int>(words.size()) < kShortestPassage) continue;
                Passage passage;
                passage.document = &document;
                passage.block = &block;
                passage.words = static_cast<int>(words.size());
                placeUnderHeading(passage, fileHeadings);
                passage.place = placeOf(document, block, passage);
                passage.tags = codesIn(block.text);
                passage.mappingTable = block.part == Part::Table && !passage.tags.empty() &&
                                       passage.words <= 3 * static_cast<int>(passage.tags.size()) + 2;
                for (const auto& heading : block.headingPath) {
                    for (const auto& code : codesIn(heading)) passage.tags.insert(code);
                }
                passage.topicFeatures = topicFeaturesOf(words);
                passage.phrases.assign(model_.book.phrases.size(), 0);
                matcher_.mark(words, passage.phrases);
                passages.push_back(std::move(passage));
            }
            addContext(passages, first);
        }
        return passages;
    }

private:
    static bool readable(const Block& block) {
        if (block.has(kHeading) || block.has(kTrackedDeletion) || block.has(kHiddenText)) return false;
        return block.part != Part::Header && block.part != Part::Footer && block.part != Part::Comment &&
               block.part != Part::SlideTitle;
    }

    // The template section: from the block's own heading path when the reader knew the headings,
    // else from the nearest heading structure-sections found above it by layout.
    void placeUnderHeading(Passage& passage, const std::vector<FoundHeading>& fileHeadings) {
        const Block& block = *passage.block;
        std::vector<std::string> path = block.headingPath;
        if (path.empty() && block.part == Part::Body) {
            const FoundHeading* nearest = nullptr;
            for (const auto& heading : fileHeadings) {
                if (heading.index <= block.index) nearest = &heading;
            }
            if (nearest) {
                passage.heading = nearest->text;
                passage.section = nearest->section;
                if (passage.section.empty()) {
                    // An unmatched sub-heading sits inside the last matched section above it.
                    for (const auto& heading : fileHeadings) {
                        if (heading.index <= block.index && !heading.section.empty() && heading.level <= nearest->level) {
                            passage.section = heading.section;
                        }
                    }
                }
                path.push_back(nearest->text);
            }
        } else if (!path.empty()) {
            passage.heading = path.back();
            for (auto it = path.rbegin(); it != path.rend() && passage.section.empty(); ++it) {
                for (const auto& heading : fileHeadings) {
                    if (heading.text == *it && !heading.section.empty()) passage.section = heading.section;
                }
            }
        }
        for (const auto& heading : path) {
            const auto& named = modulesNamedBy(heading);
            passage.modules.insert(named.begin(), named.end());
        }
    }

    // The modules a heading names ("Module 10: Influencing skills"), worked out once per heading.
    const std::set<int>& modulesNamedBy(const std::string& heading) {
        auto found = modulesOfHeading_.find(heading);
        if (found != modulesOfHeading_.end()) return found->second;
        const std::string& folded = foldedOnce(heading);
        std::set<int> modules;
        for (const auto& [number, names] : model_.moduleNames) {
            const bool named = std::any_of(names.begin(), names.end(), [&](const std::string& name) { return mentions(folded, name); });
            const std::string module = "module " + std::to_string(number);
            if (named || mentions(folded, module + " ") || folded == module || mentions(folded, module + ":")) modules.insert(number);
        }
        return modulesOfHeading_.emplace(heading, std::move(modules)).first->second;
    }

    Place placeOf(const Document& document, const Block& block, const Passage& passage) const {
        if (block.has(kHiddenSlide)) return Place::HiddenSlide;
        if (block.has(kBeyondLimit)) return Place::BeyondLimit;
        // In a showcase made of components, every component is the showcase, whatever its name.
        const bool appendixFile = document.role == Role::Appendix && (model_.components.empty() || mentions(foldedOnce(document.path), "appendi"));
        if (appendixFile || model_.appendixSections.count(passage.section) != 0) return Place::Appendix;
        for (const auto& heading : block.headingPath.empty() ? std::vector<std::string>{passage.heading} : block.headingPath) {
            const std::string& folded = foldedOnce(heading);
            if (folded.rfind("appendi", 0) == 0 || folded.rfind("annex", 0) == 0 || mentions(folded, "supporting evidence")) {
                return Place::Appendix;
            }
        }
        return Place::Assessable;
    }

    // Every passage under a heading asks for its folded form: fold each text once.
    const std::string& foldedOnce(const std::string& text) const {
        auto found = folded_.find(text);
        if (found == folded_.end()) found = folded_.emplace(text, analyser_.fold(text)).first;
        return found->second;
    }

    // A criterion's needs are often met across a paragraph and the next, or across a table's
    // cells, and a heading says what the paragraphs under it are about: the context of a passage
    // is its heading and its neighbours in the same section.
    void addContext(std::vector<Passage>& passages, std::size_t first) {
        for (std::size_t i = first; i < passages.size(); ++i) {
            auto& passage = passages[i];
            passage.context = passage.phrases;
            if (!passage.heading.empty()) {
                // Every passage under a heading shares its phrases: find them once per heading.
                auto found = headingPhrases_.find(passage.heading);
                if (found == headingPhrases_.end()) {
                    std::vector<char> marks(passage.context.size(), 0);
                    matcher_.mark(analyser_.words(passage.heading), marks);
                    found = headingPhrases_.emplace(passage.heading, std::move(marks)).first;
                }
                for (std::size_t k = 0; k < passage.context.size(); ++k) passage.context[k] |= found->second[k];
            }
            if (passage.words >= neighbourWords_) continue;
            const std::size_t reach = passage.block->part == Part::Table ? 2 : 1;
            for (std::size_t j = i > first + reach ? i - reach : first; j <= i + reach && j < passages.size(); ++j) {
                if (j == i || passages[j].heading != passage.heading || passages[j].block->part != passage.block->part) continue;
                for (std::size_t k = 0; k < passage.context.size(); ++k) passage.context[k] |= passages[j].phrases[k];
            }
        }
    }

    // The feature ids of the stems the topic models weigh, each looked up once per analyser word.
    std::vector<int> topicFeaturesOf(const std::vector<Word>& words) {
        std::vector<int> features;
        if (model_.topicFeatureIds.empty()) return features;
        for (const auto& word : words) {
            const auto slot = static_cast<std::size_t>(word.id);
            if (slot >= featureOfWord_.size()) featureOfWord_.resize(slot + 1, kUnknownFeature);
            if (featureOfWord_[slot] == kUnknownFeature) {
                const auto found = model_.topicFeatureIds.find(std::string(word.stem));
                featureOfWord_[slot] = found == model_.topicFeatureIds.end() ? kNoFeature : found->second;
            }
            if (featureOfWord_[slot] >= 0) features.push_back(featureOfWord_[slot]);
        }
        std::sort(features.begin(), features.end());
        features.erase(std::unique(features.begin(), features.end()), features.end());
        return features;
    }

    static constexpr int kUnknownFeature = -2;
    static constexpr int kNoFeature = -1;

    const ProfileModel& model_;
    std::vector<int> featureOfWord_;
    HeadingsByFile headings_;
    TextAnalyser& analyser_;
    PhraseMatcher matcher_;
    std::map<std::string, std::vector<char>> headingPhrases_;
    mutable std::unordered_map<std::string, std::string> folded_;
    std::unordered_map<std::string, std::set<int>> modulesOfHeading_;
    int neighbourWords_;
};

}  // namespace

std::set<std::string> codesIn(const std::string& text) {
    std::set<std::string> codes;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isCodeCharacter(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        bool digit = false;
        while (end < text.size() && isCodeCharacter(text[end])) digit |= std::isdigit(static_cast<unsigned char>(text[end++])) != 0;
        if (!digit) {  // every code has a digit; most words have none
            i = end;
            continue;
        }
        std::string token = text.substr(i, end - i);
        while (!token.empty() && (token.back() == '.' || token.back() == '-')) token.pop_back();
        token = upperCased(std::move(token));
        if (looksLikeCode(token)) codes.insert(token);
        i = end;
    }
    return codes;
}

std::vector<Passage> collectPassages(const Bundle& bundle, const ProfileModel& model, const Object::Ptr& structure,
                                     TextAnalyser& analyser, int neighbourWords) {
    return PassageCollector(model, structure, analyser, neighbourWords).collect(bundle);
}

}  // namespace showcase::evidence
