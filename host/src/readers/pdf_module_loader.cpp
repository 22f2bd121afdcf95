#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>

#include "pdf_module.hpp"

namespace showcase::readers {
namespace {

// Loaded once per process and kept until exit; the module holds no state between reads.
class PdfModule {
public:
    PdfModule() {
        const auto path = boost::dll::program_location().parent_path() / "../lib/showcase/readers/pdf-reader.so";
        try {
            library_.load(path, boost::dll::load_mode::rtld_lazy | boost::dll::load_mode::rtld_local);
            if (library_.get_alias<int()>("showcase_pdf_module_version")() != kPdfModuleVersion) {
                failure_ = "the PDF reader module at " + path.string() + " is of another version";
                return;
            }
            read_ = &library_.get_alias<PdfModuleRead>("showcase_pdf_module_read");
        } catch (const std::exception& error) {
            failure_ = "the PDF reader module could not be loaded from " + path.string() + ": " + error.what();
        }
    }

    void read(std::string_view bytes, Document& document, const ReadContext& context) const {
        if (read_ == nullptr) throw ReadError(failure_);
        std::string error;
        if (!read_(bytes, document, context.limits(), error)) throw ReadError(error);
    }

private:
    boost::dll::shared_library library_;
    PdfModuleRead* read_ = nullptr;
    std::string failure_;
};

}  // namespace

void readPdfThroughModule(std::string_view bytes, Document& document, const ReadContext& context) {
    static const PdfModule module;
    module.read(bytes, document, context);
}

}  // namespace showcase::readers
