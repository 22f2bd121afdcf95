// Snowball's English (Porter 2) stemmer, without the other languages libstemmer carries.
#pragma once

#include <string>
#include <string_view>

struct SN_env;

namespace showcase::evidence {

/// Stems lower-case UTF-8 words with Snowball's English algorithm; not thread-safe.
class EnglishStemmer {
public:
    EnglishStemmer();
    ~EnglishStemmer();
    EnglishStemmer(const EnglishStemmer&) = delete;
    EnglishStemmer& operator=(const EnglishStemmer&) = delete;

    /// The stem of `word`, or `word` itself if Snowball runs out of memory.
    std::string stem(std::string_view word);

private:
    SN_env* env_;
};

}  // namespace showcase::evidence
