#include "case_folding.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace showcase::text {
namespace {

std::string lowerAscii(std::string_view text) {
    std::string lowered(text);
    for (auto& c : lowered) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    return lowered;
}

bool isApostrophe(UChar32 c) { return c == 0x27 || c == 0x2019 || c == 0x02BC; }

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

void forEachWord(std::string_view utf8, const std::function<void(const std::string&)>& word) {
    std::string current;
    auto flush = [&] {
        if (current.empty()) return;
        word(current);
        current.clear();
    };
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t offset = 0; offset < length;) {
        const int32_t start = offset;
        UChar32 c = 0;
        U8_NEXT(bytes, offset, length, c);
        if (c >= 0 && u_isalnum(c)) {
            current.append(utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(offset - start)));
            continue;
        }
        UChar32 following = -1;
        if (offset < length) {
            int32_t peek = offset;
            U8_NEXT(bytes, peek, length, following);
        }
        if (!(isApostrophe(c) && !current.empty() && following >= 0 && u_isalpha(following))) flush();
    }
    flush();
}

}  // namespace showcase::text
