// The boundary of the PDF reader module: poppler and its twenty-odd libraries are mapped only
// when a bundle holds a PDF, because loading them costs more than reading a typical bundle.
#pragma once

#include <string>
#include <string_view>

#include "read_context.hpp"
#include "showcase/document.hpp"

namespace showcase::readers {

/// Bumped when the exported function's signature changes.
inline constexpr int kPdfModuleVersion = 1;

/// The exported function: no exception crosses the library boundary; false and `error` instead.
using PdfModuleRead = bool(std::string_view bytes, Document& document, const ReadLimits& limits,
                           std::string& error);

/// Reads a PDF through the module, loading it on first use; throws ReadError like any reader.
void readPdfThroughModule(std::string_view bytes, Document& document, const ReadContext& context);

}  // namespace showcase::readers
