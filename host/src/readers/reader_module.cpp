#include "reader_module.hpp"

#include <boost/dll/runtime_symbol_info.hpp>

#include "module_readers.hpp"
#include "readers.hpp"

namespace showcase::readers {

ReaderModule::ReaderModule(const std::string& fileName, const std::string& description) {
    const auto path = boost::dll::program_location().parent_path() / "../lib/showcase/readers" / fileName;
    try {
        library_.load(path, boost::dll::load_mode::rtld_lazy | boost::dll::load_mode::rtld_local);
        if (library_.get_alias<int()>("showcase_reader_module_version")() != kReaderModuleVersion) {
            failure_ = "the " + description + " reader module at " + path.string() + " is of another version";
            return;
        }
        read_ = &library_.get_alias<ReaderModuleRead>("showcase_reader_module_read");
    } catch (const std::exception& error) {
        failure_ = "the " + description + " reader module could not be loaded from " + path.string() + ": " + error.what();
    }
}

void ReaderModule::read(std::string_view bytes, Document& document, const ReadContext& context) const {
    if (read_ == nullptr) throw ReadError(failure_);
    std::string error;
    if (!read_(bytes, document, context.limits(), error)) throw ReadError(error);
}

void readPdfThroughModule(std::string_view bytes, Document& document, const ReadContext& context) {
    static const ReaderModule module("pdf-reader.so", "PDF");
    module.read(bytes, document, context);
}

void readMediaThroughModule(std::string_view bytes, Document& document, const ReadContext& context) {
    static const ReaderModule module("media-reader.so", "media");
    module.read(bytes, document, context);
}

}  // namespace showcase::readers
