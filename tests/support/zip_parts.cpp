#include "support/zip_parts.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <catch2/catch.hpp>

#include <memory>

namespace showcase::test {

ZipParts unzipParts(const std::string& bytes) {
    ZipParts parts;
    std::unique_ptr<archive, decltype(&archive_read_free)> reader(archive_read_new(), &archive_read_free);
    archive_read_support_format_zip(reader.get());
    REQUIRE(archive_read_open_memory(reader.get(), bytes.data(), bytes.size()) == ARCHIVE_OK);
    archive_entry* entry = nullptr;
    while (archive_read_next_header(reader.get(), &entry) == ARCHIVE_OK) {
        std::string data;
        char buffer[16384];
        la_ssize_t got = 0;
        while ((got = archive_read_data(reader.get(), buffer, sizeof buffer)) > 0) {
            data.append(buffer, static_cast<std::size_t>(got));
        }
        parts[archive_entry_pathname(entry)] = data;
    }
    return parts;
}

std::string zipParts(const ZipParts& parts) {
    std::size_t capacity = 4096;
    for (const auto& [name, data] : parts) capacity += name.size() * 2 + data.size() + 256;
    std::string buffer(capacity, '\0');
    std::size_t used = 0;
    std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), &archive_write_free);
    archive_write_set_format_zip(writer.get());
    REQUIRE(archive_write_open_memory(writer.get(), buffer.data(), buffer.size(), &used) == ARCHIVE_OK);
    for (const auto& [name, data] : parts) {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), &archive_entry_free);
        archive_entry_set_pathname(entry.get(), name.c_str());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), static_cast<la_int64_t>(data.size()));
        REQUIRE(archive_write_header(writer.get(), entry.get()) == ARCHIVE_OK);
        REQUIRE(archive_write_data(writer.get(), data.data(), data.size()) == static_cast<la_ssize_t>(data.size()));
    }
    REQUIRE(archive_write_close(writer.get()) == ARCHIVE_OK);
    buffer.resize(used);
    return buffer;
}

void replaceAll(std::string& text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

}  // namespace showcase::test
