// Readers that live in their own library under lib/showcase/readers/, loaded on first use.
//
// Some formats need heavy libraries: poppler maps twenty-odd shared libraries and libavformat
// over a hundred, at about a millisecond each here. A bundle without a PDF or a recording should
// not pay for them, so those readers are built as modules and loaded only when needed.
#pragma once

#include <boost/dll/alias.hpp>
#include <boost/dll/shared_library.hpp>

#include <exception>
#include <string>
#include <string_view>

#include "read_context.hpp"
#include "showcase/document.hpp"

namespace showcase::readers {

/// Bumped when the exported function's signature changes.
inline constexpr int kReaderModuleVersion = 1;

/// What a module exports: no exception crosses the library boundary; false and `error` instead.
using ReaderModuleRead = bool(std::string_view bytes, Document& document, const ReadLimits& limits,
                              std::string& error);

/// One module, loaded once per process and kept until exit.
class ReaderModule {
public:
    /// `fileName` under lib/showcase/readers/ next to the program; `description` names it in errors.
    ReaderModule(const std::string& fileName, const std::string& description);
    /// Reads through the module; throws ReadError like any reader, also when it could not load.
    void read(std::string_view bytes, Document& document, const ReadContext& context) const;

private:
    boost::dll::shared_library library_;
    ReaderModuleRead* read_ = nullptr;
    std::string failure_;
};

/// Runs `reader` and turns every exception into false and a message: the body of a module's export.
template <void (*reader)(std::string_view, Document&, const ReadContext&)>
bool readCatchingEverything(std::string_view bytes, Document& document, const ReadLimits& limits, std::string& error) {
    try {
        const ReadContext context(limits);
        reader(bytes, document, context);
        return true;
    } catch (const ReadError& failure) {
        error = failure.what();
    } catch (const std::exception& failure) {
        error = std::string("internal reader error: ") + failure.what();
    } catch (...) {
        error = "internal reader error";
    }
    return false;
}

}  // namespace showcase::readers

// Exports `readerFunction` (a reader's signature) as this module's entry point, with its version.
#define SHOWCASE_READER_MODULE(readerFunction)                                                       \
    namespace showcase_reader_module_exports {                                                       \
    int version() { return showcase::readers::kReaderModuleVersion; }                                \
    bool read(std::string_view bytes, showcase::Document& document,                                  \
              const showcase::readers::ReadLimits& limits, std::string& error) {                     \
        return showcase::readers::readCatchingEverything<&readerFunction>(bytes, document, limits, error); \
    }                                                                                                \
    }                                                                                                \
    BOOST_DLL_ALIAS(showcase_reader_module_exports::version, showcase_reader_module_version)         \
    BOOST_DLL_ALIAS(showcase_reader_module_exports::read, showcase_reader_module_read)
