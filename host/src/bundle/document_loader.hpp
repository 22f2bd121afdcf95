// Turns one file's bytes into a Document: detects its format and runs the matching reader.
#pragma once

#include "raw_file.hpp"
#include "readers/read_context.hpp"
#include "showcase/document.hpp"

namespace showcase::bundle {

/// Never throws for bad input: a file that cannot be read gets an error or unsupported status
/// and a message that says why.
Document loadDocument(const RawFile& file, const readers::ReadLimits& limits);

}  // namespace showcase::bundle
