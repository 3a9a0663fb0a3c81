# cmake -DPROGRAM=... -DARGUMENT=... -DOUTPUT=... -P GenLensCapture.cmake
# Runs PROGRAM ARGUMENT without a display and writes its standard output to OUTPUT. Fails the
# build when the program fails or prints anything on standard error: the man page and the bash
# completion are generated this way, and a warning here would be one in users' terminals too.
unset(ENV{DISPLAY})
unset(ENV{WAYLAND_DISPLAY})
unset(ENV{QT_QPA_PLATFORM})
set(ENV{LC_ALL} C.UTF-8)
execute_process(COMMAND "${PROGRAM}" ${ARGUMENT}
                OUTPUT_FILE "${OUTPUT}.tmp"
                ERROR_VARIABLE errors
                RESULT_VARIABLE result)
if(NOT result EQUAL 0 OR NOT errors STREQUAL "")
    file(REMOVE "${OUTPUT}.tmp")
    message(FATAL_ERROR "'${PROGRAM} ${ARGUMENT}' failed (${result}): ${errors}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
