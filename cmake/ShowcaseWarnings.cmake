# Warnings for our own code; errors too in development builds (SHOWCASE_WERROR).
function(showcase_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                         -Wno-sign-conversion -Wnon-virtual-dtor -Woverloaded-virtual)
  if(SHOWCASE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
