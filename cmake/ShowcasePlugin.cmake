# showcase_add_plugin(<id> SOURCES ...): builds plugins/<id>/ as a loadable module named
# <id>.so in build/lib/showcase/plugins/, depending only on the interface headers and Poco.
function(showcase_add_plugin id)
  cmake_parse_arguments(PLUGIN "" "" "SOURCES;LIBRARIES" ${ARGN})
  set(target plugin-${id})
  add_library(${target} MODULE ${PLUGIN_SOURCES})
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME ${id}
    PREFIX ""
    LIBRARY_OUTPUT_DIRECTORY ${SHOWCASE_PLUGIN_OUTPUT_DIR})
  target_link_libraries(${target} PRIVATE showcase::interface Poco::JSON Poco::Foundation ${PLUGIN_LIBRARIES})
  # A plugin with an unresolved symbol should fail at link time, not when a user loads it.
  target_link_options(${target} PRIVATE -Wl,--no-undefined)
  showcase_warnings(${target})
  set_property(GLOBAL APPEND PROPERTY SHOWCASE_PLUGIN_TARGETS ${target})
endfunction()
