// Running one reader over bytes with default limits, as the reader tests do throughout.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "readers/read_context.hpp"
#include "showcase/document.hpp"

namespace showcase::test {

using ReaderFunction = void (*)(std::string_view, Document&, const readers::ReadContext&);

/// The document `reader` makes of `bytes`; ReadError propagates to the test.
inline Document readWith(ReaderFunction reader, const std::string& bytes) {
    const readers::ReadContext context(readers::ReadLimits{});
    Document document;
    reader(bytes, document, context);
    return document;
}

/// The text of every block, in order.
inline std::vector<std::string> blockTexts(const Document& document) {
    std::vector<std::string> texts;
    for (const auto& block : document.blocks) texts.push_back(block.text);
    return texts;
}

}  // namespace showcase::test
