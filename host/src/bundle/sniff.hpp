// Format detection from a file's first bytes and its name, so a renamed file is caught.
#pragma once

#include <string>
#include <string_view>

namespace showcase::bundle {

/// What a file is, as far as its bytes and name tell.
struct Sniffed {
    std::string format;     ///< docx, pptx, odt, odp, pdf, txt, md, png, jpeg, wav, zip, ole, ...
    std::string mediaType;  ///< MIME type
    std::string mismatch;   ///< non-empty when the name promises something the bytes are not
};

/// Detects a file's format; `name` is its path in the bundle.
Sniffed sniff(std::string_view bytes, const std::string& name);

/// The lower-case extension of a path without the dot ("tar.gz" for .tar.gz), or "".
std::string extensionOf(const std::string& name);

/// True for formats that hold other files (zip, tar, 7z, compressed tar).
bool isArchiveFormat(const std::string& format);

}  // namespace showcase::bundle
