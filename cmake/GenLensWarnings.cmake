# Warnings are on for every GenLens target and kept clean.
function(genlens_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -pedantic -Wno-unknown-pragmas)
    if(GENLENS_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# Qt targets never convert string literals to QString silently (conventions.md, habit 9).
function(genlens_qt_strict target)
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                                 QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING)
endfunction()
