// `showcase profiles`: each profile's key limits, as an aligned table or as JSON.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "profile_library.hpp"

namespace showcase::profiles {

/// The figures a user compares options by; absent values are what the seed leaves unstated.
struct KeyFigures {
    std::string id;
    std::string epao;
    std::string option;
    std::optional<long long> wordsMin;
    std::optional<long long> wordsMax;
    std::optional<long long> slidesMax;
    long long distinctionRequired = 0;
    long long distinctionOf = 0;
};

KeyFigures keyFigures(const Profile& profile);
std::string profilesTable(const ProfileLibrary& library);
std::string profilesJson(const ProfileLibrary& library);

}  // namespace showcase::profiles
