// The exported entry point of media-reader.so.
#include "module_readers.hpp"
#include "reader_module.hpp"

SHOWCASE_READER_MODULE(showcase::readers::readMedia)
