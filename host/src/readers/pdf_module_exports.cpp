// The exported entry points of the PDF reader module (built only into pdf-reader.so).
#include <boost/dll/alias.hpp>

#include <exception>

#include "pdf_module.hpp"
#include "readers.hpp"

namespace showcase_pdf_module {

int version() { return showcase::readers::kPdfModuleVersion; }

bool read(std::string_view bytes, showcase::Document& document, const showcase::readers::ReadLimits& limits,
          std::string& error) {
    try {
        const showcase::readers::ReadContext context(limits);
        showcase::readers::readPdf(bytes, document, context);
        return true;
    } catch (const showcase::readers::ReadError& failure) {
        error = failure.what();
    } catch (const std::exception& failure) {
        error = std::string("internal PDF reader error: ") + failure.what();
    } catch (...) {
        error = "internal PDF reader error";
    }
    return false;
}

}  // namespace showcase_pdf_module

BOOST_DLL_ALIAS(showcase_pdf_module::version, showcase_pdf_module_version)
BOOST_DLL_ALIAS(showcase_pdf_module::read, showcase_pdf_module_read)
