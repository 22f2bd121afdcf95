// The module unicode-text.so: case folding, word runs and UAX #29 word segments with ICU.
#include <boost/dll/alias.hpp>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>
#include <mutex>

#include "unicode_module.hpp"

namespace {

using showcase::text::SegmentSink;
using showcase::text::UnicodeFunctions;
using showcase::text::WordSink;

bool foldCase(std::string_view utf8, std::string& folded, std::string& error) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* folding = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) {
        error = std::string("ICU's case folding is unavailable: ") + u_errorName(status);
        return false;
    }
    const auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    const icu::UnicodeString result = folding->normalize(source, status);
    if (U_FAILURE(status)) {
        error = std::string("ICU could not fold the text: ") + u_errorName(status);
        return false;
    }
    folded.clear();
    result.toUTF8String(folded);
    return true;
}

bool isApostrophe(UChar32 c) { return c == 0x27 || c == 0x2019 || c == 0x02BC; }

void forEachWord(std::string_view utf8, const WordSink& sink) {
    std::string current;
    auto flush = [&] {
        if (current.empty()) return;
        sink(current);
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

/// The word BreakIterator, made on first use (creating one loads and compiles rule data and
/// costs far more than counting a paragraph), with the lock that gives it to one caller at a
/// time. Not a thread_local one: dynamic TLS outlives the library's unloading, and
/// LeakSanitizer's exit scan crashes on it.
struct SharedWordIterator {
    std::mutex lock;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator{icu::BreakIterator::createWordInstance(icu::Locale("en_GB"), status)};
};

SharedWordIterator& wordBreakIterator() {
    static SharedWordIterator shared;
    return shared;
}

// A UTF-8 UText's native indexes are byte offsets: no conversion to UTF-16, no allocation.
bool forEachWordSegment(std::string_view utf8, const SegmentSink& sink, std::string& error) {
    auto& shared = wordBreakIterator();
    if (U_FAILURE(shared.status) || !shared.iterator) {
        error = std::string("ICU's word break iterator is unavailable: ") + u_errorName(shared.status);
        return false;
    }
    UErrorCode status = U_ZERO_ERROR;
    UText utext = UTEXT_INITIALIZER;
    utext_openUTF8(&utext, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
    const std::unique_ptr<UText, decltype(&utext_close)> closing(&utext, &utext_close);
    const std::lock_guard<std::mutex> guard(shared.lock);
    icu::BreakIterator& iterator = *shared.iterator;
    if (U_SUCCESS(status)) iterator.setText(&utext, status);
    if (U_FAILURE(status)) {
        error = std::string("ICU could not segment the text: ") + u_errorName(status);
        return false;
    }
    int32_t begin = iterator.first();
    for (int32_t end = iterator.next(); end != icu::BreakIterator::DONE; begin = end, end = iterator.next()) {
        if (iterator.getRuleStatus() >= UBRK_WORD_NONE_LIMIT) sink(static_cast<std::size_t>(begin), static_cast<std::size_t>(end));
    }
    return true;
}

}  // namespace

namespace showcase_unicode_module_exports {
int version() { return showcase::text::kUnicodeModuleVersion; }
const UnicodeFunctions& functions() {
    static const UnicodeFunctions exported{&foldCase, &forEachWord, &forEachWordSegment};
    return exported;
}
}  // namespace showcase_unicode_module_exports

BOOST_DLL_ALIAS(showcase_unicode_module_exports::version, showcase_unicode_module_version)
BOOST_DLL_ALIAS(showcase_unicode_module_exports::functions, showcase_unicode_module_functions)
