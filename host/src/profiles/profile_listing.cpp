#include "profile_listing.hpp"

#include <algorithm>
#include <array>
#include <sstream>

#include "cited_values.hpp"
#include "json_read.hpp"
#include "report/json_writer.hpp"

namespace showcase::profiles {
namespace {

std::string describeWords(const KeyFigures& figures) {
    if (figures.wordsMin && figures.wordsMax) return std::to_string(*figures.wordsMin) + "-" + std::to_string(*figures.wordsMax);
    if (figures.wordsMax) return "up to " + std::to_string(*figures.wordsMax);
    if (figures.wordsMin) return "from " + std::to_string(*figures.wordsMin);
    return "not stated";
}

void writeOptional(report::JsonWriter& writer, const char* key, const std::optional<long long>& value) {
    writer.key(key);
    if (value) writer.value(*value);
    else writer.null();
}

}  // namespace

KeyFigures keyFigures(const Profile& profile) {
    const auto root = json::asObject(profile.json.root);
    const auto limits = json::object(root, "limits");
    const auto distinction = json::object(json::object(root, "grading"), "distinction");
    return {profile.id,
            profile.epao,
            profile.option,
            citedInteger(json::object(limits, "words"), "min"),
            citedInteger(json::object(limits, "words"), "max"),
            citedInteger(json::object(limits, "slides"), "max"),
            json::integer(distinction, "required").value_or(0),
            json::integer(distinction, "of").value_or(0)};
}

std::string profilesTable(const ProfileLibrary& library) {
    using Row = std::array<std::string, 6>;
    std::vector<Row> rows{{"id", "epao", "option", "words", "slides max", "distinction"}};
    for (const auto& profile : library.profiles()) {
        const auto figures = keyFigures(profile);
        rows.push_back({figures.id, figures.epao, figures.option, describeWords(figures),
                        figures.slidesMax ? std::to_string(*figures.slidesMax) : "not stated",
                        std::to_string(figures.distinctionRequired) + " of " + std::to_string(figures.distinctionOf)});
    }
    std::array<std::size_t, 6> width{};
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], row[c].size());
    }
    std::ostringstream out;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            line += row[c];
            if (c + 1 < row.size()) line += std::string(width[c] + 2 - row[c].size(), ' ');
        }
        out << line << "\n";
    }
    return out.str();
}

std::string profilesJson(const ProfileLibrary& library) {
    report::JsonWriter writer;
    writer.beginObject();
    writer.key("profiles");
    writer.beginArray();
    for (const auto& profile : library.profiles()) {
        const auto figures = keyFigures(profile);
        writer.beginObject();
        writer.member("id", figures.id);
        writer.member("epao", figures.epao);
        writer.member("option", figures.option);
        writeOptional(writer, "words_min", figures.wordsMin);
        writeOptional(writer, "words_max", figures.wordsMax);
        writeOptional(writer, "slides_max", figures.slidesMax);
        writer.member("distinction_required", figures.distinctionRequired);
        writer.member("distinction_of", figures.distinctionOf);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
    return writer.take();
}

}  // namespace showcase::profiles
