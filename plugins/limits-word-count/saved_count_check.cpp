#include "saved_count_check.hpp"

#include <algorithm>
#include <cstdlib>

namespace showcase::wordcount {

constexpr long long kMinimumToleranceWords = 5;
constexpr long long kTolerancePerMille = 10;  // 1 %

bool isMicrosoftWord(const std::string& application) {
    return application.rfind("Microsoft", 0) == 0 && application.find("Word") != std::string::npos;
}

std::optional<SavedCountCheck> checkSavedCount(const FileTally& file) {
    const SavedStatistics& saved = file.document->saved;
    if (saved.words < 0) return std::nullopt;
    SavedCountCheck check;
    check.file = file.document->path;
    check.application = saved.application;
    check.appVersion = saved.appVersion;
    check.savedWords = saved.words;
    check.mainTextWords = static_cast<long long>(file.mainTextWords);
    check.tolerance = std::max(kMinimumToleranceWords, check.mainTextWords * kTolerancePerMille / 1000);
    check.savedByWord = isMicrosoftWord(saved.application);
    check.agrees = std::llabs(check.savedWords - check.mainTextWords) <= check.tolerance;
    return check;
}

}  // namespace showcase::wordcount
