#include "bundle_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <system_error>

#include "archive_expander.hpp"
#include "document_loader.hpp"
#include "roles.hpp"
#include "sniff.hpp"

namespace showcase::bundle {
namespace {

namespace fs = std::filesystem;

constexpr int kExitDataError = 65;
constexpr int kExitNoInput = 66;

std::string readWholeFile(const fs::path& path, std::uint64_t maxBytes) {
    std::error_code error;
    const auto size = fs::file_size(path, error);
    if (error) throw BundleError(kExitNoInput, "cannot read '" + path.string() + "': " + error.message());
    if (size > maxBytes) {
        throw BundleError(kExitDataError, "'" + path.string() + "' is larger than the limit of " +
                                              std::to_string(maxBytes >> 20) + " MiB (--max-expanded-mb)");
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) throw BundleError(kExitNoInput, "cannot open '" + path.string() + "'");
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    if (static_cast<std::uint64_t>(in.gcount()) != size) {
        throw BundleError(kExitDataError, "cannot read '" + path.string() + "': short read");
    }
    return bytes;
}

// A folder bundle: regular files only; links and special files are reported, never followed.
void walkFolder(const fs::path& root, const BundleOptions& options, Expansion& out) {
    std::error_code error;
    fs::recursive_directory_iterator it(root, fs::directory_options::none, error);
    if (error) throw BundleError(kExitNoInput, "cannot list '" + root.string() + "': " + error.message());
    for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (error) {
            out.notices.push_back({it->path().string(), "unreadable", error.message()});
            error.clear();
            continue;
        }
        // Lexical, because fs::relative would follow a link to wherever it points.
        const auto relative = it->path().lexically_relative(root).generic_string();
        const auto status = it->symlink_status();
        if (fs::is_symlink(status)) {
            out.notices.push_back({relative, "link", "a symbolic link; links are never followed, skipped"});
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        if (fs::is_directory(status)) continue;
        if (++out.entries > options.maxEntries) {
            out.notices.push_back({relative, "limit", "more than " + std::to_string(options.maxEntries) +
                                                          " entries (--max-entries); the rest were not read"});
            return;
        }
        if (!fs::is_regular_file(status)) {
            out.notices.push_back({relative, "device", "a device, pipe or socket, not a file; skipped"});
            continue;
        }
        if (isSystemLitter(relative)) {
            out.notices.push_back({relative, "system-file", "operating-system file, not part of the submission; skipped"});
            continue;
        }
        RawFile file{relative, {}, {}};
        try {
            file.bytes = readWholeFile(it->path(), options.maxExpandedBytes - std::min(out.expandedBytes, options.maxExpandedBytes));
            out.expandedBytes += file.bytes.size();
        } catch (const BundleError& failure) {
            file.failure = failure.what();
        }
        const Sniffed kind = sniff(file.bytes, relative);
        if (file.failure.empty() && isArchiveFormat(kind.format) && kind.mismatch.empty() && options.maxDepth >= 1) {
            expandArchive(file.bytes, relative + "/", 1, options, out);
            continue;
        }
        out.files.push_back(std::move(file));
    }
}

readers::ReadLimits readLimitsFrom(const BundleOptions& options) {
    readers::ReadLimits limits;
    limits.maxExpandedBytes = options.maxExpandedBytes;
    limits.maxCompressionRatio = options.maxCompressionRatio;
    limits.timePerFile = options.timePerFile;
    return limits;
}

}  // namespace

Bundle readBundle(const std::string& path, const BundleOptions& options) {
    Bundle bundle;
    bundle.path = path;
    Expansion expansion;
    std::error_code error;
    const fs::path location(path);
    const auto status = fs::status(location, error);
    if (error || !fs::exists(status)) throw BundleError(kExitNoInput, "no such file or folder: '" + path + "'");
    if (fs::is_directory(status)) {
        bundle.container = "folder";
        walkFolder(location, options, expansion);
    } else if (fs::is_regular_file(status)) {
        std::string bytes = readWholeFile(location, options.maxExpandedBytes);
        const std::string name = location.filename().string();
        const Sniffed kind = sniff(bytes, name);
        if (isArchiveFormat(kind.format) && kind.mismatch.empty()) {
            bundle.container = kind.format;
            expandArchive(bytes, "", 0, options, expansion);
        } else if (isArchiveFormat(extensionOf(name))) {
            throw BundleError(kExitDataError, "'" + path + "' is not a readable archive: it " + kind.mismatch);
        } else {
            bundle.container = "file";
            expansion.files.push_back({name, std::move(bytes), {}});
        }
    } else {
        throw BundleError(kExitNoInput, "'" + path + "' is neither a file nor a folder");
    }
    if (expansion.files.empty() && expansion.notices.empty()) {
        throw BundleError(kExitDataError, "'" + path + "' holds no files to read");
    }
    std::sort(expansion.files.begin(), expansion.files.end(),
              [](const RawFile& a, const RawFile& b) { return a.path < b.path; });
    const auto limits = readLimitsFrom(options);
    const std::size_t total = expansion.files.size();
    for (std::size_t i = 0; i < total; ++i) {
        if (options.progress) options.progress(expansion.files[i].path, i + 1, total);
        bundle.documents.push_back(loadDocument(expansion.files[i], limits));
        // The bytes are no longer needed once read; free them so peak memory stays near one file.
        std::string().swap(expansion.files[i].bytes);
    }
    bundle.notices = std::move(expansion.notices);
    assignRoles(bundle);
    return bundle;
}

}  // namespace showcase::bundle
