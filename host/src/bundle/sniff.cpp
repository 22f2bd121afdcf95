#include "sniff.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

namespace showcase::bundle {
namespace {

bool startsWith(std::string_view bytes, std::string_view magic) {
    return bytes.size() >= magic.size() && bytes.compare(0, magic.size(), magic) == 0;
}

struct Kind {
    const char* format;
    const char* mediaType;
    const char* description;
};

// Formats by extension: what the name promises.
const std::map<std::string, Kind>& byExtension() {
    static const std::map<std::string, Kind> kinds = {
        {"docx", {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a Word document"}},
        {"docm", {"docx", "application/vnd.ms-word.document.macroEnabled.12", "a Word document"}},
        {"pptx", {"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "a PowerPoint deck"}},
        {"pptm", {"pptx", "application/vnd.ms-powerpoint.presentation.macroEnabled.12", "a PowerPoint deck"}},
        {"xlsx", {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "an Excel workbook"}},
        {"odt", {"odt", "application/vnd.oasis.opendocument.text", "an OpenDocument text"}},
        {"odp", {"odp", "application/vnd.oasis.opendocument.presentation", "an OpenDocument presentation"}},
        {"ods", {"ods", "application/vnd.oasis.opendocument.spreadsheet", "an OpenDocument spreadsheet"}},
        {"pdf", {"pdf", "application/pdf", "a PDF"}},
        {"doc", {"doc", "application/msword", "a Word 97-2003 document"}},
        {"ppt", {"ppt", "application/vnd.ms-powerpoint", "a PowerPoint 97-2003 deck"}},
        {"xls", {"xls", "application/vnd.ms-excel", "an Excel 97-2003 workbook"}},
        {"rtf", {"rtf", "application/rtf", "an RTF document"}},
        {"txt", {"txt", "text/plain", "a text file"}},
        {"text", {"txt", "text/plain", "a text file"}},
        {"md", {"md", "text/markdown", "a Markdown file"}},
        {"markdown", {"md", "text/markdown", "a Markdown file"}},
        {"png", {"png", "image/png", "a PNG image"}},
        {"jpg", {"jpeg", "image/jpeg", "a JPEG image"}},
        {"jpeg", {"jpeg", "image/jpeg", "a JPEG image"}},
        {"gif", {"gif", "image/gif", "a GIF image"}},
        {"heic", {"heic", "image/heic", "a HEIC image"}},
        {"wav", {"wav", "audio/wav", "a WAV recording"}},
        {"mp3", {"mp3", "audio/mpeg", "an MP3 recording"}},
        {"m4a", {"m4a", "audio/mp4", "an M4A recording"}},
        {"ogg", {"ogg", "audio/ogg", "an Ogg recording"}},
        {"mp4", {"mp4", "video/mp4", "an MP4 video"}},
        {"mov", {"mov", "video/quicktime", "a QuickTime video"}},
        {"webm", {"webm", "video/webm", "a WebM video"}},
        {"avi", {"avi", "video/x-msvideo", "an AVI video"}},
        {"zip", {"zip", "application/zip", "a zip archive"}},
        {"tar", {"tar", "application/x-tar", "a tar archive"}},
        {"tar.gz", {"tar.gz", "application/gzip", "a compressed tar archive"}},
        {"tgz", {"tar.gz", "application/gzip", "a compressed tar archive"}},
        {"gz", {"gz", "application/gzip", "a gzip file"}},
        {"7z", {"7z", "application/x-7z-compressed", "a 7z archive"}},
    };
    return kinds;
}

// What the bytes are, from their signature; empty format when nothing matches.
Kind byContent(std::string_view bytes) {
    if (startsWith(bytes, "PK\x03\x04") || startsWith(bytes, "PK\x05\x06")) return {"zip", "application/zip", "a zip archive"};
    if (startsWith(bytes, "%PDF-")) return {"pdf", "application/pdf", "a PDF"};
    if (startsWith(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return {"ole", "application/x-ole-storage", "an OLE compound file (legacy Office or an encrypted Office file)"};
    }
    if (startsWith(bytes, "\x89PNG\r\n\x1A\n")) return {"png", "image/png", "a PNG image"};
    if (startsWith(bytes, "\xFF\xD8\xFF")) return {"jpeg", "image/jpeg", "a JPEG image"};
    if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a")) return {"gif", "image/gif", "a GIF image"};
    if (startsWith(bytes, "RIFF") && bytes.size() >= 12 && bytes.substr(8, 4) == "WAVE") return {"wav", "audio/wav", "a WAV recording"};
    if (startsWith(bytes, "RIFF") && bytes.size() >= 12 && bytes.substr(8, 4) == "AVI ") return {"avi", "video/x-msvideo", "an AVI video"};
    if (startsWith(bytes, "ID3") || (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
                                     (static_cast<unsigned char>(bytes[1]) & 0xE0) == 0xE0)) {
        return {"mp3", "audio/mpeg", "an MP3 recording"};
    }
    if (startsWith(bytes, "OggS")) return {"ogg", "audio/ogg", "an Ogg recording"};
    if (startsWith(bytes, "\x1A\x45\xDF\xA3")) return {"webm", "video/webm", "a WebM video"};
    if (bytes.size() >= 12 && bytes.substr(4, 4) == "ftyp") {
        const auto brand = bytes.substr(8, 4);
        if (brand == "M4A " || brand == "M4B ") return {"m4a", "audio/mp4", "an M4A recording"};
        if (brand == "qt  ") return {"mov", "video/quicktime", "a QuickTime video"};
        if (brand == "heic" || brand == "heix" || brand == "mif1") return {"heic", "image/heic", "a HEIC image"};
        return {"mp4", "video/mp4", "an MP4 video"};
    }
    if (startsWith(bytes, "7z\xBC\xAF\x27\x1C")) return {"7z", "application/x-7z-compressed", "a 7z archive"};
    if (startsWith(bytes, "\x1F\x8B")) return {"gz", "application/gzip", "a gzip file"};
    if (bytes.size() >= 262 && bytes.substr(257, 5) == "ustar") return {"tar", "application/x-tar", "a tar archive"};
    if (startsWith(bytes, "{\\rtf")) return {"rtf", "application/rtf", "an RTF document"};
    return {"", "", ""};
}

bool looksLikeText(std::string_view bytes) {
    const auto probe = bytes.substr(0, std::min<std::size_t>(bytes.size(), 8192));
    return std::none_of(probe.begin(), probe.end(), [](char c) { return c == '\0'; });
}

bool isZipFamily(const std::string& format) {
    static const std::array<const char*, 7> family = {"docx", "pptx", "xlsx", "odt", "odp", "ods", "zip"};
    return std::any_of(family.begin(), family.end(), [&format](const char* f) { return format == f; });
}

}  // namespace

std::string extensionOf(const std::string& name) {
    const auto slash = name.find_last_of('/');
    std::string base = slash == std::string::npos ? name : name.substr(slash + 1);
    std::transform(base.begin(), base.end(), base.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (base.size() > 7 && base.compare(base.size() - 7, 7, ".tar.gz") == 0) return "tar.gz";
    const auto dot = base.find_last_of('.');
    return dot == std::string::npos || dot == 0 ? std::string() : base.substr(dot + 1);
}

bool isArchiveFormat(const std::string& format) {
    return format == "zip" || format == "tar" || format == "tar.gz" || format == "gz" || format == "7z";
}

Sniffed sniff(std::string_view bytes, const std::string& name) {
    const auto extension = extensionOf(name);
    const auto promised = byExtension().find(extension);
    const Kind content = byContent(bytes);
    Sniffed result;
    if (bytes.empty()) {
        result.format = promised != byExtension().end() ? promised->second.format : "empty";
        result.mediaType = "application/octet-stream";
        result.mismatch = "the file is empty (0 bytes)";
        return result;
    }
    if (promised != byExtension().end()) {
        const Kind& kind = promised->second;
        result.format = kind.format;
        result.mediaType = kind.mediaType;
        const std::string expected = kind.format;
        const std::string actual = content.format;
        const bool textPromised = expected == "txt" || expected == "md";
        const bool consistent =
            (isZipFamily(expected) && actual == "zip") || expected == actual ||
            (expected == "tar.gz" && actual == "gz") || (expected == "tar" && actual.empty()) ||
            ((expected == "doc" || expected == "ppt" || expected == "xls") && actual == "ole") ||
            (textPromised && actual.empty() && looksLikeText(bytes)) ||
            (expected == "mp3" && actual.empty());  // MP3 frames without an ID3 tag are hard to sniff
        if (consistent) return result;
        if ((expected == "docx" || expected == "pptx" || expected == "xlsx") && actual == "ole") {
            result.format = "ole";
            result.mismatch = "is a password-protected (encrypted) Office file; remove the password and save it again";
            return result;
        }
        result.mismatch = std::string("is named as ") + kind.description + " but its content is " +
                          (content.description[0] != '\0' ? content.description
                                                          : (looksLikeText(bytes) ? "plain text" : "not recognised"));
        if (content.format[0] != '\0') {
            result.format = content.format;
            result.mediaType = content.mediaType;
        }
        return result;
    }
    if (content.format[0] != '\0') {
        result.format = content.format;
        result.mediaType = content.mediaType;
    } else if (looksLikeText(bytes)) {
        result.format = "txt";
        result.mediaType = "text/plain";
    } else {
        result.format = "unknown";
        result.mediaType = "application/octet-stream";
    }
    return result;
}

}  // namespace showcase::bundle
