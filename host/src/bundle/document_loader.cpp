#include "document_loader.hpp"

#include <exception>
#include <map>

#include "readers/module_readers.hpp"
#include "readers/readers.hpp"
#include "sniff.hpp"

namespace showcase::bundle {
namespace {

using ReaderFunction = void (*)(std::string_view, Document&, const readers::ReadContext&);

const std::map<std::string, ReaderFunction>& readersByFormat() {
    static const std::map<std::string, ReaderFunction> readers = {
        {"docx", &readers::readDocx}, {"pptx", &readers::readPptx}, {"odt", &readers::readOdt},
        {"odp", &readers::readOdp},   {"pdf", &readers::readPdfThroughModule}, {"txt", &readers::readText},
        {"md", &readers::readMarkdown},
    };
    return readers;
}

bool isImage(const std::string& mediaType) { return mediaType.rfind("image/", 0) == 0; }

bool isRecording(const std::string& mediaType) {
    return mediaType.rfind("audio/", 0) == 0 || mediaType.rfind("video/", 0) == 0;
}

// The reader for a sniffed file, or null when its format has none. Recordings are read (their
// length measured) whatever their container; the module decides what it can open.
ReaderFunction readerFor(const Sniffed& kind) {
    if (isRecording(kind.mediaType)) return &readers::readMediaThroughModule;
    const auto reader = readersByFormat().find(kind.format);
    return reader == readersByFormat().end() ? nullptr : reader->second;
}

// Why a format we recognise has no reader, in words that tell the user what to do.
std::string unsupportedReason(const std::string& format, const std::string& extension) {
    if (format == "ole" || format == "doc" || format == "ppt" || format == "xls") {
        if (extension == "doc") return "legacy Word 97-2003 document (.doc) is not supported; save it as .docx";
        if (extension == "ppt") return "legacy PowerPoint 97-2003 deck (.ppt) is not supported; save it as .pptx";
        if (extension == "xls") return "legacy Excel 97-2003 workbook (.xls) is not supported";
        return "an OLE compound file (legacy Office format or an encrypted Office file) is not supported";
    }
    if (format == "xlsx" || format == "ods") return "spreadsheets are not read; put evidence in a document";
    if (format == "rtf") return "RTF documents are not supported; save it as .docx or PDF";
    if (format == "zip" || format == "tar" || format == "tar.gz" || format == "gz" || format == "7z") {
        return "archive was not opened";
    }
    return "file type is not recognised";
}

}  // namespace

Document loadDocument(const RawFile& file, const readers::ReadLimits& limits) {
    Document document;
    document.path = file.path;
    document.size = file.bytes.size();
    if (!file.failure.empty()) {
        document.format = extensionOf(file.path);
        document.status = ReadStatus::Error;
        document.message = file.failure;
        return document;
    }
    const Sniffed kind = sniff(file.bytes, file.path);
    document.format = kind.format;
    document.mediaType = kind.mediaType;
    if (!kind.mismatch.empty()) {
        document.status = ReadStatus::Error;
        document.message = kind.mismatch;
        return document;
    }
    if (isImage(kind.mediaType)) {
        document.status = ReadStatus::Read;
        document.reader = "media";
        document.message = "listed by type and size; no text";
        return document;
    }
    const ReaderFunction reader = readerFor(kind);
    if (reader == nullptr) {
        document.status = ReadStatus::Unsupported;
        document.message = unsupportedReason(kind.format, extensionOf(file.path));
        return document;
    }
    try {
        readers::ReadContext context(limits);
        reader(file.bytes, document, context);
        document.status = ReadStatus::Read;
    } catch (const readers::ReadError& error) {
        document.status = ReadStatus::Error;
        document.message = error.what();
        document.blocks.clear();
    } catch (const std::bad_alloc&) {
        document.status = ReadStatus::Error;
        document.message = "ran out of memory while reading";
        document.blocks.clear();
    } catch (const std::exception& error) {
        // A reader bug must not cost the user the rest of the bundle; say so plainly.
        document.status = ReadStatus::Error;
        document.message = std::string("internal reader error: ") + error.what();
        document.blocks.clear();
    }
    return document;
}

}  // namespace showcase::bundle
