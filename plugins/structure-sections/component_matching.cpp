#include "component_matching.hpp"

#include <algorithm>
#include <tuple>

#include "heading_text.hpp"

namespace showcase::structure {
namespace {

std::string fileStem(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const std::size_t dot = name.rfind('.');
    return dot == std::string::npos ? name : name.substr(0, dot);
}

double overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return 0;
    const auto& shorter = a.size() <= b.size() ? a : b;
    const auto& longer = a.size() <= b.size() ? b : a;
    // headingSimilarity with the shorter side as the phrase: wholly inside scores kContainedScore or more.
    const double contained = headingSimilarity(longer, shorter);
    return contained >= kContainedScore ? 1.0 : contained;
}

}  // namespace

double componentLikeness(const Document& document, const DocumentStructure& structure, const Component& component) {
    // Numbers at the start of a file name ("1 Worksheet") are the writer's ordering, not its name.
    const std::vector<std::string> name = contentWords(component.name);
    std::vector<std::string> stem = contentWords(fileStem(document.path));
    stem.erase(std::remove_if(stem.begin(), stem.end(),
                              [](const std::string& word) { return word.find_first_not_of("0123456789") == std::string::npos; }),
               stem.end());
    double likeness = overlap(name, stem);
    if (!structure.headings.empty()) likeness = std::max(likeness, overlap(name, contentWords(structure.headings.front().text)));
    return likeness;
}

std::vector<std::optional<ComponentFile>> matchComponents(const std::vector<Document>& documents,
                                                          const std::vector<DocumentStructure>& structures,
                                                          const std::vector<Component>& components, double threshold) {
    std::vector<std::tuple<double, std::size_t, std::size_t>> pairs;  // likeness, component, document
    for (std::size_t c = 0; c < components.size(); ++c) {
        for (std::size_t d = 0; d < documents.size(); ++d) {
            if (documents[d].status != ReadStatus::Read) continue;
            const double likeness = componentLikeness(documents[d], structures[d], components[c]);
            if (likeness >= threshold) pairs.emplace_back(likeness, c, d);
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
    std::vector<std::optional<ComponentFile>> matched(components.size());
    std::vector<bool> taken(documents.size(), false);
    for (const auto& [likeness, c, d] : pairs) {
        if (matched[c] || taken[d]) continue;
        matched[c] = ComponentFile{d, likeness};
        taken[d] = true;
    }
    return matched;
}

}  // namespace showcase::structure
