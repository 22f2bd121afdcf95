// The readers that run inside lazily loaded modules (see reader_module.hpp), and their callers.
#pragma once

#include <string_view>

#include "read_context.hpp"
#include "showcase/document.hpp"

namespace showcase::readers {

/// PDF through pdf-reader.so (poppler-cpp); throws ReadError like any reader.
void readPdfThroughModule(std::string_view bytes, Document& document, const ReadContext& context);

/// Audio and video through media-reader.so (libavformat): sets durationSeconds and a short
/// description (codec, channels and sample rate, or resolution) as the message.
void readMediaThroughModule(std::string_view bytes, Document& document, const ReadContext& context);

/// The reader inside media-reader.so; readPdf, inside pdf-reader.so, is declared in readers.hpp.
void readMedia(std::string_view bytes, Document& document, const ReadContext& context);

}  // namespace showcase::readers
