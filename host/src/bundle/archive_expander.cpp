#include "archive_expander.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>
#include <sys/stat.h>

#include "sniff.hpp"

namespace showcase::bundle {
namespace {

using ArchivePtr = std::unique_ptr<archive, decltype(&archive_read_free)>;

constexpr int kExitDataError = 65;

std::string archiveError(archive* a) {
    const char* text = archive_error_string(a);
    return text != nullptr ? text : "unknown error";
}

std::string normaliseName(std::string name) {
    std::replace(name.begin(), name.end(), '\\', '/');
    while (name.size() > 2 && name.compare(0, 2, "./") == 0) name.erase(0, 2);
    return name;
}

// The entry's name as UTF-8. The plain accessor converts to the C locale's charset and gives up
// on any non-ASCII name ("Customer’s feedback.docx"); an entry whose name cannot be converted
// at all is still read, under a made-up name that says so.
std::string entryName(archive_entry* entry, std::size_t number) {
    if (const char* utf8 = archive_entry_pathname_utf8(entry)) return utf8;
    if (const char* raw = archive_entry_pathname(entry)) return raw;
    return "(unreadable name " + std::to_string(number) + ")";
}

std::string mebibytes(std::uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

// Why an entry's bytes must stop being inflated, or "" while within every limit.
std::string limitPassed(const Expansion& out, std::uint64_t archiveExpanded, std::size_t archiveBytes,
                        const BundleOptions& options) {
    if (out.expandedBytes > options.maxExpandedBytes) {
        return "the bundle expands past the limit of " + mebibytes(options.maxExpandedBytes) +
               " (--max-expanded-mb); possibly a zip bomb";
    }
    constexpr std::uint64_t kRatioFloor = 4ULL << 20;  // small archives compress well and are harmless
    if (archiveExpanded > kRatioFloor &&
        static_cast<double>(archiveExpanded) > options.maxCompressionRatio * static_cast<double>(archiveBytes)) {
        return "the archive expands more than " + std::to_string(static_cast<int>(options.maxCompressionRatio)) +
               " times its size (--max-ratio); possibly a zip bomb";
    }
    return {};
}

class ArchiveWalker {
public:
    ArchiveWalker(std::string_view bytes, std::string prefix, int depth, const BundleOptions& options, Expansion& out)
        : bytes_(bytes), prefix_(std::move(prefix)), depth_(depth), options_(options), out_(out),
          reader_(archive_read_new(), &archive_read_free) {}

    void walk() {
        // The formats apprentices and e-portfolios actually produce; naming them (rather than
        // "all") also keeps the statically linked libarchive small.
        archive_read_support_format_zip(reader_.get());
        archive_read_support_format_tar(reader_.get());
        archive_read_support_format_gnutar(reader_.get());
        archive_read_support_format_7zip(reader_.get());
        archive_read_support_filter_gzip(reader_.get());
        archive_read_support_filter_bzip2(reader_.get());
        archive_read_support_filter_xz(reader_.get());
        archive_read_support_filter_zstd(reader_.get());
        const std::string where = prefix_.empty() ? "the bundle" : "'" + prefix_.substr(0, prefix_.size() - 1) + "'";
        if (archive_read_open_memory(reader_.get(), bytes_.data(), bytes_.size()) != ARCHIVE_OK) {
            fail(where + " is not a readable archive: " + archiveError(reader_.get()));
            return;
        }
        archive_entry* entry = nullptr;
        std::size_t entriesHere = 0;
        for (;;) {
            const int status = archive_read_next_header(reader_.get(), &entry);
            if (status == ARCHIVE_EOF) break;
            if (status == ARCHIVE_RETRY) continue;
            if (status < ARCHIVE_WARN) {
                const std::string reason = archiveError(reader_.get());
                if (entriesHere == 0) {
                    fail(where + " is not a readable archive: " + reason);
                } else {
                    out_.notices.push_back({prefix_, "damaged", where + " is damaged after " +
                                                                    std::to_string(entriesHere) +
                                                                    " entries: " + reason});
                }
                return;
            }
            ++entriesHere;
            ++entriesSeen_;
            if (++out_.entries > options_.maxEntries) {
                out_.notices.push_back({prefix_, "limit", "more than " + std::to_string(options_.maxEntries) +
                                                              " entries (--max-entries); the rest were not read"});
                return;
            }
            if (!takeEntry(entry)) return;
        }
        if (entriesHere == 0 && depth_ == 0) {
            throw BundleError(kExitDataError, "the bundle archive is empty: it holds no files");
        }
    }

private:
    void fail(const std::string& message) {
        if (depth_ == 0) throw BundleError(kExitDataError, message);
        out_.notices.push_back({prefix_.substr(0, prefix_.size() - 1), "unreadable", message});
    }

    // Returns false when reading must stop (a limit passed).
    bool takeEntry(archive_entry* entry) {
        const std::string name = normaliseName(entryName(entry, entriesSeen_));
        const std::string path = prefix_ + name;
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFDIR) return true;
        if (name.empty() || isUnsafeEntryName(name)) {
            out_.notices.push_back({path, "unsafe-path", "entry name '" + name +
                                                             "' points outside the bundle (absolute or '..'); skipped"});
            return true;
        }
        if (type == AE_IFLNK || archive_entry_hardlink(entry) != nullptr) {
            out_.notices.push_back({path, "link", "entry is a link; links are never followed, skipped"});
            return true;
        }
        if (type != AE_IFREG) {
            out_.notices.push_back({path, "device", "entry is a device, pipe or socket, not a file; skipped"});
            return true;
        }
        if (isSystemLitter(name)) {
            out_.notices.push_back({path, "system-file", "operating-system file, not part of the submission; skipped"});
            return true;
        }
        if (archive_entry_is_encrypted(entry) != 0) {
            out_.files.push_back({path, {}, "encrypted in the archive (password-protected entry); it cannot be read"});
            return true;
        }
        RawFile file{path, {}, {}};
        char buffer[64 * 1024];
        for (;;) {
            const la_ssize_t got = archive_read_data(reader_.get(), buffer, sizeof buffer);
            if (got == 0) break;
            if (got < 0) {
                file.failure = "could not be taken out of the archive: " + archiveError(reader_.get());
                file.bytes.clear();
                break;
            }
            file.bytes.append(buffer, static_cast<std::size_t>(got));
            out_.expandedBytes += static_cast<std::uint64_t>(got);
            expandedHere_ += static_cast<std::uint64_t>(got);
            const std::string limit = limitPassed(out_, expandedHere_, bytes_.size(), options_);
            if (!limit.empty()) {
                out_.notices.push_back({path, "limit", limit + "; reading stopped"});
                return false;
            }
        }
        const Sniffed kind = sniff(file.bytes, name);
        if (file.failure.empty() && isArchiveFormat(kind.format) && kind.mismatch.empty()) {
            if (depth_ + 1 <= options_.maxDepth) {
                ArchiveWalker(file.bytes, path + "/", depth_ + 1, options_, out_).walk();
            } else {
                out_.notices.push_back({path, "nested", "archive nested deeper than " +
                                                            std::to_string(options_.maxDepth) +
                                                            " levels (--max-depth); not opened"});
            }
            return true;
        }
        out_.files.push_back(std::move(file));
        return true;
    }

    std::string_view bytes_;
    std::string prefix_;
    int depth_;
    const BundleOptions& options_;
    Expansion& out_;
    ArchivePtr reader_;
    std::uint64_t expandedHere_ = 0;
    std::size_t entriesSeen_ = 0;
};

}  // namespace

bool isUnsafeEntryName(const std::string& name) {
    if (name.empty() || name.front() == '/') return true;
    if (name.size() >= 2 && name[1] == ':') return true;
    std::size_t start = 0;
    while (start <= name.size()) {
        const auto end = name.find('/', start);
        if (name.compare(start, end == std::string::npos ? std::string::npos : end - start, "..") == 0 &&
            (end == std::string::npos ? name.size() - start : end - start) == 2) {
            return true;
        }
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return false;
}

bool isSystemLitter(const std::string& name) {
    if (name.rfind("__MACOSX/", 0) == 0 || name.find("/__MACOSX/") != std::string::npos) return true;
    const auto slash = name.find_last_of('/');
    const std::string base = slash == std::string::npos ? name : name.substr(slash + 1);
    return base == ".DS_Store" || base == "Thumbs.db" || base == "desktop.ini" || base.rfind("~$", 0) == 0 ||
           base.rfind("._", 0) == 0;
}

void expandArchive(std::string_view bytes, const std::string& prefix, int depth, const BundleOptions& options,
                   Expansion& out) {
    ArchiveWalker(bytes, prefix, depth, options, out).walk();
}

}  // namespace showcase::bundle
