#include "case_folding.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace showcase::text {
namespace {

std::string lowerAscii(std::string_view text) {
    std::string lowered(text);
    for (auto& c : lowered) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    return lowered;
}

bool isAscii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

std::string foldCase(std::string_view utf8) {
    // Most showcase text is ASCII, for which NFKC case folding only lowers letters; skipping ICU
    // there spares every check loading the normaliser's data.
    if (isAscii(utf8)) return lowerAscii(utf8);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* folding = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) return lowerAscii(utf8);
    const auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    const icu::UnicodeString folded = folding->normalize(source, status);
    if (U_FAILURE(status)) return lowerAscii(utf8);
    std::string out;
    folded.toUTF8String(out);
    return out;
}

}  // namespace showcase::text
