# Snowball's English stemmer, linked on its own from Debian's libstemmer.a.
#
# libstemmer's public entry point, sb_stemmer_new, keeps a table of all thirty languages, so the
# shared library (or the whole archive) brings their tables along: 10,800 relocations and about
# 1.5 ms of every check, for the one language the evidence check uses. The archive holds one
# object per language, so we take English and the two runtime objects it needs and nothing else.
# english_stemmer.cpp declares the three entry points they export.
find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_ARCHIVE NAMES libstemmer.a REQUIRED)
set(snowball_english_objects stem_UTF_8_english.o api.o utilities.o)
set(snowball_english_dir ${CMAKE_BINARY_DIR}/snowball-english)
set(snowball_english_archive ${snowball_english_dir}/libsnowball_english.a)
add_custom_command(
  OUTPUT ${snowball_english_archive}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${snowball_english_dir}
  COMMAND ${CMAKE_AR} x ${STEMMER_ARCHIVE} ${snowball_english_objects}
  COMMAND ${CMAKE_COMMAND} -E remove -f ${snowball_english_archive}
  COMMAND ${CMAKE_AR} qc ${snowball_english_archive} ${snowball_english_objects}
  COMMAND ${CMAKE_RANLIB} ${snowball_english_archive}
  WORKING_DIRECTORY ${snowball_english_dir}
  DEPENDS ${STEMMER_ARCHIVE}
  COMMENT "Taking Snowball's English stemmer out of libstemmer.a"
  VERBATIM)
add_custom_target(snowball_english_archive DEPENDS ${snowball_english_archive})
add_library(Snowball::english STATIC IMPORTED GLOBAL)
set_target_properties(Snowball::english PROPERTIES IMPORTED_LOCATION ${snowball_english_archive}
  INTERFACE_INCLUDE_DIRECTORIES ${STEMMER_INCLUDE_DIR}
  # Its symbols (find_among, create_s...) have generic names: keep them out of the plugin's exports.
  INTERFACE_LINK_OPTIONS "LINKER:--exclude-libs,libsnowball_english.a")
add_dependencies(Snowball::english snowball_english_archive)
