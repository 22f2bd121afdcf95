# showcase_add_plugin(<id> SOURCES ... [CORE_SOURCES ...] [LIBRARIES ...]): builds plugins/<id>/ as
# a loadable module named <id>.so in build/lib/showcase/plugins/, depending only on the interface
# headers, Poco and LIBRARIES. CORE_SOURCES (the plugin's logic, without its exported factory)
# become a static library plugin-<id>-core that the module and the test suite both link, so tests
# can reach the logic directly as well as through the loaded plugin.
function(showcase_add_plugin id)
  cmake_parse_arguments(PLUGIN "" "" "SOURCES;CORE_SOURCES;LIBRARIES" ${ARGN})
  set(target plugin-${id})
  add_library(${target} MODULE ${PLUGIN_SOURCES})
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME ${id}
    PREFIX ""
    LIBRARY_OUTPUT_DIRECTORY ${SHOWCASE_PLUGIN_OUTPUT_DIR})
  target_link_libraries(${target} PRIVATE showcase::interface Poco::JSON Poco::Foundation ${PLUGIN_LIBRARIES})
  if(PLUGIN_CORE_SOURCES)
    add_library(${target}-core STATIC ${PLUGIN_CORE_SOURCES})
    target_include_directories(${target}-core PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${target}-core PUBLIC showcase::interface Poco::JSON Poco::Foundation ${PLUGIN_LIBRARIES})
    showcase_warnings(${target}-core)
    target_link_libraries(${target} PRIVATE ${target}-core)
    set_property(GLOBAL APPEND PROPERTY SHOWCASE_PLUGIN_CORE_TARGETS ${target}-core)
  endif()
  # A plugin with an unresolved symbol should fail at link time, not when a user loads it.
  target_link_options(${target} PRIVATE -Wl,--no-undefined)
  showcase_warnings(${target})
  set_property(GLOBAL APPEND PROPERTY SHOWCASE_PLUGIN_TARGETS ${target})
endfunction()
