// The exported entry point of pdf-reader.so.
#include "reader_module.hpp"
#include "readers.hpp"

SHOWCASE_READER_MODULE(showcase::readers::readPdf)
