// PDF: the text layer of each page through poppler-cpp, one block per paragraph.
//
// Poppler's reading-order layout (non_raw_non_physical_layout, as `pdftotext` without -layout)
// ends each text block with a blank line, so blank lines separate paragraphs; the lines inside
// a paragraph are joined with a space.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "readers.hpp"

namespace showcase::readers {
namespace {

void ignorePopplerMessage(const std::string&, void*) {}

void silencePoppler() {
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function(&ignorePopplerMessage, nullptr); });
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r'; }

/// Splits a page's text into paragraphs and appends them as blocks.
void addPageBlocks(const std::string& text, int pageNumber, Document& document) {
    std::string paragraph;
    auto flush = [&] {
        if (paragraph.empty()) return;
        Block block;
        block.text = std::move(paragraph);
        block.part = Part::Body;
        block.index = pageNumber;
        document.blocks.push_back(std::move(block));
        paragraph.clear();
    };
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::size_t first = start;
        std::size_t last = end;
        while (first < last && isSpace(text[first])) ++first;
        while (last > first && isSpace(text[last - 1])) --last;
        if (first == last) {
            flush();
        } else {
            if (!paragraph.empty()) paragraph += ' ';
            const std::size_t from = paragraph.size();
            paragraph.append(text, first, last - first);
            for (std::size_t i = from; i < paragraph.size(); ++i) {
                if (paragraph[i] == '\t' || paragraph[i] == '\f' || paragraph[i] == '\v' || paragraph[i] == '\r') {
                    paragraph[i] = ' ';
                }
            }
        }
        if (end == text.size()) break;
        start = end + 1;
    }
    flush();
}

}  // namespace

void readPdf(std::string_view bytes, Document& document, const ReadContext& context) {
    document.reader = "pdf";
    silencePoppler();
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        throw ReadError("the PDF is too large to read");
    }
    // Poppler parses lazily from the buffer, so it must own a copy for the document's lifetime.
    poppler::byte_array data(bytes.begin(), bytes.end());
    std::unique_ptr<poppler::document> pdf(poppler::document::load_from_data(&data));
    if (!pdf) throw ReadError("not a readable PDF");
    if (pdf->is_locked()) throw ReadError("the PDF is password-protected");

    const int pageCount = pdf->pages();
    if (pageCount < 0) throw ReadError("not a readable PDF");
    document.pages = pageCount;
    std::uint64_t expanded = 0;
    for (int i = 0; i < pageCount; ++i) {
        context.checkTime();
        std::unique_ptr<poppler::page> page(pdf->create_page(i));
        const int number = i + 1;
        if (!page) {
            document.warnings.push_back("page " + std::to_string(number) + " could not be read");
            continue;
        }
        const poppler::byte_array utf8 =
            page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
        const std::string text(utf8.begin(), utf8.end());
        expanded += text.size();
        if (expanded > context.limits().maxExpandedBytes) {
            throw ReadError("the PDF's text passes the limit of " +
                            std::to_string(context.limits().maxExpandedBytes >> 20) + " MiB (--max-expanded-mb)");
        }
        const std::size_t before = document.blocks.size();
        addPageBlocks(text, number, document);
        if (document.blocks.size() == before) {
            document.warnings.push_back("page " + std::to_string(number) + " has no text layer (scanned image?)");
        }
    }
    document.expandedBytes = expanded;
}

}  // namespace showcase::readers
