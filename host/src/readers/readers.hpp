// The format readers: each fills a Document's blocks from a file's bytes or throws ReadError.
#pragma once

#include <string_view>

#include "read_context.hpp"
#include "showcase/document.hpp"

namespace showcase::readers {

/// Word documents, Transitional and Strict.
void readDocx(std::string_view bytes, Document& document, const ReadContext& context);
/// PowerPoint decks.
void readPptx(std::string_view bytes, Document& document, const ReadContext& context);
/// OpenDocument text (.odt) and presentations (.odp).
void readOdt(std::string_view bytes, Document& document, const ReadContext& context);
void readOdp(std::string_view bytes, Document& document, const ReadContext& context);
/// PDF, text per page (poppler-cpp).
void readPdf(std::string_view bytes, Document& document, const ReadContext& context);
/// Plain text (paragraphs split on blank lines) and Markdown (headings from '#').
void readText(std::string_view bytes, Document& document, const ReadContext& context);
void readMarkdown(std::string_view bytes, Document& document, const ReadContext& context);

}  // namespace showcase::readers
