// The English-only stemmer against Debian's whole libstemmer, on every word of our mappings.
#include <catch2/catch.hpp>

#include <dlfcn.h>
#include <libstemmer.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "english_stemmer.hpp"
#include "support/test_paths.hpp"

namespace {

// The words of every mapping file (criteria wording, hints, needs), lower-cased as the analyser
// hands them over, with common endings added so that each of Porter 2's steps is exercised.
std::set<std::string> mappingWords() {
    std::set<std::string> words;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(showcase::test::sourcePath("mappings"))) {
        if (!entry.is_regular_file()) continue;
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        std::string word;
        for (const char c : text.str() + " ") {
            if (std::isalpha(static_cast<unsigned char>(c))) {
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                continue;
            }
            if (word.size() > 1) {
                for (const char* ending : {"", "s", "es", "ed", "ing", "ly", "ness", "ational", "fulness", "ement"}) words.insert(word + ending);
            }
            word.clear();
        }
    }
    // UTF-8 words, where the stemmer must step over multi-byte characters.
    for (const char* word : {"café", "naïvely", "résumés", "coöperating", "façades", "éclairs"}) words.insert(word);
    return words;
}

// The shared library, loaded privately so that its English symbols stay its own.
struct SharedSnowball {
    void* library = dlopen("libstemmer.so.0d", RTLD_NOW | RTLD_LOCAL);
    decltype(&sb_stemmer_new) create = nullptr;
    decltype(&sb_stemmer_stem) stem = nullptr;
    decltype(&sb_stemmer_length) length = nullptr;
    decltype(&sb_stemmer_delete) destroy = nullptr;

    SharedSnowball() {
        if (library == nullptr) return;
        create = reinterpret_cast<decltype(create)>(dlsym(library, "sb_stemmer_new"));
        stem = reinterpret_cast<decltype(stem)>(dlsym(library, "sb_stemmer_stem"));
        length = reinterpret_cast<decltype(length)>(dlsym(library, "sb_stemmer_length"));
        destroy = reinterpret_cast<decltype(destroy)>(dlsym(library, "sb_stemmer_delete"));
    }
    ~SharedSnowball() {
        if (library != nullptr) dlclose(library);
    }
};

}  // namespace

TEST_CASE("the English-only stemmer gives libstemmer's stems", "[evidence-ksb][stemmer]") {
    SharedSnowball shared;
    INFO("dlopen(libstemmer.so.0d): " << (shared.library ? "loaded" : dlerror()));
    REQUIRE(shared.library != nullptr);
    REQUIRE(shared.create != nullptr);
    REQUIRE(shared.stem != nullptr);
    REQUIRE(shared.length != nullptr);
    REQUIRE(shared.destroy != nullptr);
    sb_stemmer* reference = shared.create("english", "UTF_8");
    REQUIRE(reference != nullptr);

    showcase::evidence::EnglishStemmer stemmer;
    const auto words = mappingWords();
    REQUIRE(words.size() > 5000);
    std::size_t changed = 0;
    std::size_t differing = 0;
    for (const auto& word : words) {
        const auto* stemmed = shared.stem(reference, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
        REQUIRE(stemmed != nullptr);
        const std::string expected(reinterpret_cast<const char*>(stemmed), static_cast<std::size_t>(shared.length(reference)));
        const std::string actual = stemmer.stem(word);
        if (actual != expected) {
            ++differing;
            UNSCOPED_INFO(word << ": " << actual << " instead of " << expected);
        }
        if (expected != word) ++changed;
    }
    shared.destroy(reference);
    CHECK(differing == 0);
    // A stemmer that returned its input would agree on few words: most of these have endings.
    CHECK(changed > words.size() / 2);
}

TEST_CASE("the English-only stemmer stems known words", "[evidence-ksb][stemmer]") {
    showcase::evidence::EnglishStemmer stemmer;
    auto [word, stem] = GENERATE(table<std::string, std::string>({
        {"monitoring", "monitor"},
        {"customers", "custom"},
        {"relational", "relat"},
        {"generously", "generous"},
        {"feedback", "feedback"},
        {"", ""},
    }));
    CHECK(stemmer.stem(word) == stem);
}
