// showcase-train-evidence: trains evidence-ksb's topic model from a standard's corpus of example
// passages and writes it as the JSON the mappings carry beside the catalogue.
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "report/json_writer.hpp"
#include "topic_model.hpp"

namespace {

using namespace showcase::evidence;
namespace fs = std::filesystem;

constexpr int kUsage = 64;
constexpr int kBadData = 65;
constexpr int kNoInput = 66;
constexpr const char* kCorpusFormat = "showcase-evidence-corpus/1";

const char* const kHelp =
    "usage: showcase-train-evidence CORPUS_DIR OUT.json\n"
    "Trains evidence-ksb's topic model (one logistic regression per criterion over the stems of a\n"
    "passage) from every *.json file of CORPUS_DIR (format showcase-evidence-corpus/1) and writes\n"
    "it to OUT.json, byte for byte the same on every run. Exit status: 0 written, 64 usage,\n"
    "65 a corpus file is invalid, 66 no corpus.\n";

struct Failure {
    int status;
    std::string message;
};

std::vector<ExamplePassage> readCorpusFile(const fs::path& path, std::string& standard) {
    std::ifstream in(path);
    Poco::JSON::Object::Ptr root;
    try {
        root = Poco::JSON::Parser().parse(in).extract<Poco::JSON::Object::Ptr>();
    } catch (const std::exception& error) {
        throw Failure{kBadData, path.string() + ": not JSON (" + error.what() + ")"};
    }
    if (root->optValue<std::string>("format", "") != kCorpusFormat) {
        throw Failure{kBadData, path.string() + ": 'format' is not " + kCorpusFormat};
    }
    const std::string fileStandard = root->optValue<std::string>("standard", "");
    if (!standard.empty() && fileStandard != standard) {
        throw Failure{kBadData, path.string() + ": standard '" + fileStandard + "' differs from '" + standard + "'"};
    }
    standard = fileStandard;
    std::vector<ExamplePassage> examples;
    const auto passages = root->getArray("passages");
    for (std::size_t i = 0; passages && i < passages->size(); ++i) {
        const auto passage = passages->getObject(static_cast<unsigned>(i));
        const std::string criterion = passage ? passage->optValue<std::string>("criterion", "") : "";
        const std::string text = passage ? passage->optValue<std::string>("text", "") : "";
        if (criterion.empty() || text.empty()) {
            throw Failure{kBadData, path.string() + ": passage " + std::to_string(i) + " needs a 'criterion' and a 'text'"};
        }
        examples.push_back({criterion, text});
    }
    return examples;
}

std::string modelJson(const std::string& standard, const std::vector<std::string>& files, std::size_t passages,
                      const TrainingSettings& settings, const std::map<std::string, TopicWeights>& models) {
    showcase::report::JsonWriter json;
    json.beginObject();
    json.member("format", "evidence-topic-model/1");
    json.member("standard", standard);
    json.member("made_by", "showcase-train-evidence (plugins/evidence-ksb/README.md); do not edit, retrain");
    json.key("corpus");
    json.beginObject();
    json.member("passages", static_cast<unsigned long long>(passages));
    json.key("files");
    json.beginArray();
    for (const auto& file : files) json.value(file);
    json.endArray();
    json.endObject();
    json.key("settings");
    json.beginObject();
    json.member("l2", settings.l2);
    json.member("positive_share", settings.positiveShare);
    json.member("iterations", settings.iterations);
    json.member("smallest_weight", settings.smallestWeight);
    json.member("fewest_examples", settings.fewestExamples);
    json.member("commonest_share", settings.commonestShare);
    json.endObject();
    json.key("criteria");
    json.beginObject();
    for (const auto& [criterion, model] : models) {
        // Strongest first, so that a person reading the file sees what each criterion learnt.
        std::vector<std::pair<std::string, double>> weights(model.weights.begin(), model.weights.end());
        std::stable_sort(weights.begin(), weights.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        json.key(criterion);
        json.beginObject();
        json.member("bias", model.bias);
        json.key("weights");
        json.beginObject();
        for (const auto& [stem, weight] : weights) json.member(stem, weight);
        json.endObject();
        json.endObject();
    }
    json.endObject();
    json.endObject();
    return json.take();
}

int run(int argc, char** argv) {
    if (argc == 2 && (std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h")) {
        std::cout << kHelp;
        return 0;
    }
    if (argc != 3) throw Failure{kUsage, std::string("expected CORPUS_DIR OUT.json\n") + kHelp};
    const fs::path corpusDir = argv[1];
    std::vector<fs::path> paths;
    std::error_code error;
    for (fs::directory_iterator it(corpusDir, error), end; !error && it != end; it.increment(error)) {
        if (it->path().extension() == ".json") paths.push_back(it->path());
    }
    if (error) throw Failure{kNoInput, corpusDir.string() + ": " + error.message()};
    std::sort(paths.begin(), paths.end());
    if (paths.empty()) throw Failure{kNoInput, corpusDir.string() + ": no *.json corpus files"};
    std::string standard;
    std::vector<ExamplePassage> examples;
    std::vector<std::string> files;
    for (const auto& path : paths) {
        auto more = readCorpusFile(path, standard);
        examples.insert(examples.end(), more.begin(), more.end());
        files.push_back(path.filename().string());
    }
    const TrainingSettings settings;
    TextAnalyser analyser;
    const auto models = trainTopicModels(examples, settings, analyser);
    const std::string text = modelJson(standard, files, examples.size(), settings, models);
    std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) throw Failure{kBadData, std::string(argv[2]) + ": could not be written"};
    std::cerr << "showcase-train-evidence: " << models.size() << " criteria from " << examples.size() << " passages -> " << argv[2] << '\n';
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const Failure& failure) {
        std::cerr << "showcase-train-evidence: " << failure.message << '\n';
        return failure.status;
    } catch (const std::exception& error) {
        std::cerr << "showcase-train-evidence: internal error: " << error.what() << '\n';
        return 70;
    }
}
