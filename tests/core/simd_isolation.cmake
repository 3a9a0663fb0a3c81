# ctest simd_isolation: the AVX2 / AVX-512 kernel objects inside libgenlens_metrics.a must not
# define any weak (linker-deduplicated) symbol outside their renamed Eigen namespaces
# (metrics/core/simdkernels_impl.h). Otherwise the linker may keep their AVX copy of an inline
# function for the generic code too, and the package would crash on CPUs without AVX. Nor may
# they have static initialisers (_GLOBAL__sub_I_*), which would run on every CPU at start-up.
#   cmake -DNM=<nm> -DLIB=<libgenlens_metrics.a> -P simd_isolation.cmake
execute_process(COMMAND ${NM} -C ${LIB} OUTPUT_VARIABLE out RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "nm failed on ${LIB}")
endif()
string(REPLACE "\n" ";" lines "${out}")
set(member "")
set(found "")
set(bad "")
foreach(line IN LISTS lines)
    if(line MATCHES "^([^ ]+\\.o):$")
        set(member "${CMAKE_MATCH_1}")
        continue()
    endif()
    if(member MATCHES "simdkernels_(avx2|avx512)\\.cpp\\.o")
        set(variant "${CMAKE_MATCH_1}")
        if(line MATCHES "genlens_eigen_${variant}::")
            list(APPEND found "${variant}")
        endif()
        if(line MATCHES "^[0-9a-f]* [WVuw] " AND NOT line MATCHES "genlens_eigen_${variant}::"
           AND NOT line MATCHES "DW\\.ref\\.__gxx_personality_v0")
            list(APPEND bad "${member}: ${line}")
        endif()
        if(line MATCHES "_GLOBAL__sub_I")
            list(APPEND bad "${member}: static initialiser ${line}")
        endif()
    endif()
endforeach()
list(REMOVE_DUPLICATES found)
list(LENGTH found variants)
if(NOT variants EQUAL 2)
    message(FATAL_ERROR "expected Eigen instantiations under genlens_eigen_avx2/avx512 in both "
                        "kernel objects, found: ${found}")
endif()
if(bad)
    string(REPLACE ";" "\n" bad "${bad}")
    message(FATAL_ERROR "weak symbols outside the renamed namespaces:\n${bad}")
endif()
message(STATUS "simd kernels isolated: ${found}")
