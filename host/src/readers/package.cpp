#include "package.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace showcase::readers {
namespace {

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

std::string archiveError(archive* a) {
    const char* text = archive_error_string(a);
    return text != nullptr ? text : "unknown error";
}

void checkRatio(std::uint64_t expanded, std::size_t compressedSize, const ReadContext& context) {
    const auto& limits = context.limits();
    if (expanded > limits.maxExpandedBytes) {
        throw ReadError("expands past the limit of " + std::to_string(limits.maxExpandedBytes >> 20) +
                        " MiB (--max-expanded-mb); possibly a zip bomb");
    }
    if (expanded > limits.ratioFloorBytes &&
        static_cast<double>(expanded) > limits.maxCompressionRatio * static_cast<double>(compressedSize)) {
        throw ReadError("compression ratio exceeds " +
                        std::to_string(static_cast<int>(limits.maxCompressionRatio)) +
                        ":1 (--max-ratio); possibly a zip bomb");
    }
}

}  // namespace

Package::Package(std::string_view bytes, const std::function<bool(const std::string&)>& wanted,
                 const ReadContext& context) {
    ArchivePtr reader(archive_read_new(), &archive_read_free);
    archive_read_support_format_zip(reader.get());
    if (archive_read_open_memory(reader.get(), bytes.data(), bytes.size()) != ARCHIVE_OK) {
        throw ReadError("not a valid zip package: " + archiveError(reader.get()));
    }
    archive_entry* entry = nullptr;
    char buffer[64 * 1024];
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF) break;
        if (status < ARCHIVE_WARN) {
            throw ReadError("damaged zip package: " + archiveError(reader.get()));
        }
        const char* utf8Name = archive_entry_pathname_utf8(entry);
        std::string name = utf8Name != nullptr ? utf8Name : "";
        names_.push_back(name);
        if (!wanted(name)) continue;
        if (archive_entry_is_encrypted(entry)) {
            throw ReadError("package part '" + name + "' is encrypted");
        }
        std::string data;
        for (;;) {
            const la_ssize_t got = archive_read_data(reader.get(), buffer, sizeof buffer);
            if (got == 0) break;
            if (got < 0) throw ReadError("damaged part '" + name + "': " + archiveError(reader.get()));
            data.append(buffer, static_cast<std::size_t>(got));
            expanded_ += static_cast<std::uint64_t>(got);
            checkRatio(expanded_, bytes.size(), context);
            context.checkTime();
        }
        parts_[name] = std::move(data);
    }
    if (names_.empty()) throw ReadError("the zip package is empty");
}

const std::string* Package::part(const std::string& name) const {
    const auto found = parts_.find(name);
    return found == parts_.end() ? nullptr : &found->second;
}

std::string resolvePartPath(const std::string& sourcePart, const std::string& target) {
    if (!target.empty() && target.front() == '/') return target.substr(1);
    const auto slash = sourcePart.rfind('/');
    std::string folder = slash == std::string::npos ? "" : sourcePart.substr(0, slash);
    std::vector<std::string> segments;
    auto push = [&segments](const std::string& path) {
        std::size_t start = 0;
        while (start <= path.size()) {
            const auto end = path.find('/', start);
            const std::string segment = path.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (segment == "..") {
                if (!segments.empty()) segments.pop_back();
            } else if (!segment.empty() && segment != ".") {
                segments.push_back(segment);
            }
            if (end == std::string::npos) break;
            start = end + 1;
        }
    };
    push(folder);
    push(target);
    std::string joined;
    for (const auto& segment : segments) {
        if (!joined.empty()) joined += '/';
        joined += segment;
    }
    return joined;
}

}  // namespace showcase::readers
