#include "component_matching.hpp"

#include <algorithm>
#include <optional>
#include <string>
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

// What a document can be recognised by: the content words of its file name, numbers left out (in
// "1 Worksheet" they are the writer's ordering, not its name), and of its first heading, if any.
struct DocumentWords {
    std::vector<std::string> fileName;
    std::optional<std::vector<std::string>> firstHeading;
};

DocumentWords documentWords(const Document& document, const DocumentStructure& structure) {
    DocumentWords words;
    words.fileName = contentWords(fileStem(document.path));
    const auto isNumber = [](const std::string& word) { return word.find_first_not_of("0123456789") == std::string::npos; };
    words.fileName.erase(std::remove_if(words.fileName.begin(), words.fileName.end(), isNumber), words.fileName.end());
    if (!structure.headings.empty()) words.firstHeading = contentWords(structure.headings.front().text);
    return words;
}

double likeness(const std::vector<std::string>& name, const DocumentWords& words) {
    double likeness = overlap(name, words.fileName);
    if (words.firstHeading) likeness = std::max(likeness, overlap(name, *words.firstHeading));
    return likeness;
}

}  // namespace

std::vector<std::optional<ComponentFile>> matchComponents(const std::vector<Document>& documents,
                                                          const std::vector<DocumentStructure>& structures,
                                                          const std::vector<Component>& components, double threshold) {
    std::vector<std::optional<DocumentWords>> wordsOf(documents.size());  // worked out once per document
    std::vector<std::tuple<double, std::size_t, std::size_t>> pairs;  // likeness, component, document
    for (std::size_t c = 0; c < components.size(); ++c) {
        const std::vector<std::string> name = contentWords(components[c].name);
        for (std::size_t d = 0; d < documents.size(); ++d) {
            if (documents[d].status != ReadStatus::Read) continue;
            if (!wordsOf[d]) wordsOf[d] = documentWords(documents[d], structures[d]);
            const double score = likeness(name, *wordsOf[d]);
            if (score >= threshold) pairs.emplace_back(score, c, d);
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
