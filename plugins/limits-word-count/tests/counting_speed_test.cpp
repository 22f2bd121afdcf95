// How fast the counting itself runs (hidden: not part of the suite; bench/count_agreement.py runs
// it). Counts the Highfield sample report's blocks over and over, one call per paragraph as the
// plugin does, and prints words per second for each count.
#include <catch2/catch.hpp>

#include <chrono>
#include <iostream>

#include "bundle/bundle_reader.hpp"
#include "support/test_paths.hpp"
#include "word_count.hpp"

TEST_CASE("counting speed", "[.][word-count-speed]") {
    const showcase::Bundle bundle = showcase::bundle::readBundle(showcase::test::sourcePath("samples/highfield-report.zip"), {});
    std::vector<std::string> paragraphs;
    std::size_t bytes = 0;
    for (const auto& document : bundle.documents) {
        for (const auto& block : document.blocks) {
            paragraphs.push_back(block.text);
            bytes += block.text.size();
        }
    }
    REQUIRE(bytes > 10000);
    constexpr std::size_t kTargetBytes = 64U << 20;  // about ten million words
    const std::size_t rounds = kTargetBytes / bytes + 1;
    const auto timed = [&](auto&& count) {
        std::size_t words = 0;
        const auto start = std::chrono::steady_clock::now();
        for (std::size_t round = 0; round < rounds; ++round) {
            for (const auto& paragraph : paragraphs) words += count(paragraph);
        }
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
        return std::make_pair(words, elapsed.count());
    };
    const showcase::text::WordRules rules;
    const auto [wordCompatible, wordSeconds] = timed([&](const std::string& text) { return showcase::text::countWordCompatible(text, rules); });
    const auto [unicode, icuSeconds] = timed([](const std::string& text) { return showcase::text::countIcuWords(text); });
    const double megabytes = static_cast<double>(bytes * rounds) / (1 << 20);
    std::cout << "word-count-speed: text_mb=" << megabytes << " paragraphs=" << paragraphs.size() * rounds
              << " word_compatible_words=" << wordCompatible << " word_compatible_seconds=" << wordSeconds
              << " word_compatible_words_per_second=" << static_cast<double>(wordCompatible) / wordSeconds
              << " icu_words=" << unicode << " icu_seconds=" << icuSeconds
              << " icu_words_per_second=" << static_cast<double>(unicode) / icuSeconds << "\n";
    CHECK(wordCompatible > 0);
    CHECK(unicode > 0);
}
