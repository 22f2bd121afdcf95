#include "english_stemmer.hpp"

#include <new>

// The entry points of Snowball 2's English object and runtime (libstemmer-dev 2.2 in Debian 12).
// libstemmer.h only declares sb_stemmer_new, which would link every language (see
// cmake/SnowballEnglish.cmake). english_stemmer_test.cpp holds these declarations to the shared
// library's results, so a Snowball that changes them fails the tests rather than misbehaving.
extern "C" {
struct SN_env {
    unsigned char* p;  // the current string, which the stemmer rewrites in place
    int c;
    int l;  // its length
    int lb;
    int bra;
    int ket;
    unsigned char** S;
    int* I;
};
SN_env* english_UTF_8_create_env(void);
void english_UTF_8_close_env(SN_env* z);
int english_UTF_8_stem(SN_env* z);
int SN_set_current(SN_env* z, int size, const unsigned char* s);
}

namespace showcase::evidence {

EnglishStemmer::EnglishStemmer() : env_(english_UTF_8_create_env()) {
    if (env_ == nullptr) throw std::bad_alloc();
}

EnglishStemmer::~EnglishStemmer() { english_UTF_8_close_env(env_); }

std::string EnglishStemmer::stem(std::string_view word) {
    const auto* symbols = reinterpret_cast<const unsigned char*>(word.data());
    if (SN_set_current(env_, static_cast<int>(word.size()), symbols) != 0) return std::string(word);
    // Like sb_stemmer_stem, a failed stem (out of memory) leaves the word as it came.
    if (english_UTF_8_stem(env_) < 0) return std::string(word);
    return std::string(reinterpret_cast<const char*>(env_->p), static_cast<std::size_t>(env_->l));
}

}  // namespace showcase::evidence
