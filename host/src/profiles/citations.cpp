#include "citations.hpp"

#include "json_read.hpp"

namespace showcase::profiles {
namespace {

class CitationChecker {
public:
    CitationChecker(const LocatedJson& json, const std::set<std::string>& knownSeeds, SeedTexts& seeds,
                    Diagnostics& diagnostics)
        : json_(json), knownSeeds_(knownSeeds), seeds_(seeds), diagnostics_(diagnostics) {}

    void walk(const json::Var& value, const std::string& pointer) {
        if (auto object = json::asObject(value)) {
            for (const auto& name : object->getNames()) {
                const std::string child = pointer + "/" + pointerToken(name);
                if (name == "source") {
                    source(object->get(name), child);
                } else {
                    walk(object->get(name), child);
                }
            }
        } else if (auto array = json::asArray(value)) {
            for (std::size_t i = 0; i < array->size(); ++i) walk(json::at(array, i), pointer + "/" + std::to_string(i));
        }
    }

private:
    void error(const std::string& pointer, const std::string& message) {
        diagnostics_.add({Level::Error, json_.file, json_.lineOf(pointer), pointer, message});
    }

    void source(const json::Var& value, const std::string& pointer) {
        if (auto array = json::asArray(value)) {
            for (std::size_t i = 0; i < array->size(); ++i) citation(json::asObject(json::at(array, i)), pointer + "/" + std::to_string(i));
        } else {
            citation(json::asObject(value), pointer);
        }
    }

    void citation(const json::ObjectPtr& cited, const std::string& pointer) {
        const auto seed = json::string(cited, "seed");
        const auto line = json::integer(cited, "line");
        const auto quote = json::string(cited, "quote");
        if (!seed || !line || !quote) return;  // the shape check has said so
        const long long lineEnd = json::integer(cited, "line_end").value_or(*line);
        if (json::integer(cited, "line_end") && lineEnd <= *line) {
            return error(pointer + "/line_end", "line_end " + std::to_string(lineEnd) + " must be greater than line " +
                                                    std::to_string(*line));
        }
        if (*line < 1) return error(pointer + "/line", "line numbers start at 1");
        if (knownSeeds_.count(*seed) == 0) return error(pointer + "/seed", "unknown seed '" + *seed + "'");
        if (!seeds_.available()) return;
        const auto* lines = seeds_.lines(*seed);
        if (lines == nullptr) return error(pointer + "/seed", "seed '" + *seed + "' is not in " + seeds_.folder());
        if (lineEnd > static_cast<long long>(lines->size())) {
            return error(pointer + "/line", "seed '" + *seed + "' has only " + std::to_string(lines->size()) + " lines");
        }
        std::string cited_text;
        for (long long n = *line; n <= lineEnd; ++n) cited_text += (*lines)[static_cast<std::size_t>(n - 1)] + " ";
        if (collapseWhiteSpace(cited_text).find(collapseWhiteSpace(*quote)) == std::string::npos) {
            error(pointer + "/quote", "quote not found in " + *seed + " line " + std::to_string(*line) +
                                          (lineEnd > *line ? "-" + std::to_string(lineEnd) : "") + ": \"" + *quote + "\"");
        }
    }

    const LocatedJson& json_;
    const std::set<std::string>& knownSeeds_;
    SeedTexts& seeds_;
    Diagnostics& diagnostics_;
};

}  // namespace

void checkCitations(const LocatedJson& json, const std::set<std::string>& knownSeeds, SeedTexts& seeds,
                    Diagnostics& diagnostics) {
    CitationChecker(json, knownSeeds, seeds, diagnostics).walk(json.root, "");
}

}  // namespace showcase::profiles
