# libarchive and its decompressors, linked statically into the program.
#
# Every shared library mapped at start-up costs about a millisecond here, and libarchive alone
# drags in nine (nettle, acl, lzma, zstd, lz4, bz2, xml2 and ICU through it). Linking the static
# archives pulls in only the objects of the formats we enable, so the program starts in about
# half the time. Debian's -dev packages ship these archives.
set(showcase_static_names archive nettle lzma bz2 zstd z)
set(showcase_static_paths)
foreach(name IN LISTS showcase_static_names)
  find_library(SHOWCASE_STATIC_${name} NAMES lib${name}.a REQUIRED)
  list(APPEND showcase_static_paths ${SHOWCASE_STATIC_${name}})
endforeach()
add_library(showcase_libarchive INTERFACE)
target_include_directories(showcase_libarchive INTERFACE ${LibArchive_INCLUDE_DIRS})
target_link_libraries(showcase_libarchive INTERFACE ${showcase_static_paths})
