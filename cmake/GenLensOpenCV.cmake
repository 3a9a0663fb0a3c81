# Debian 12 ships OpenCV's CMake package only with the full libopencv-dev meta package (which pulls
# VTK and ~250 packages). GenLens needs four modules, so it finds them directly.
find_path(GENLENS_OPENCV_INCLUDE_DIR opencv2/core.hpp PATH_SUFFIXES opencv4 REQUIRED)
add_library(GenLens_OpenCV INTERFACE)
add_library(GenLens::OpenCV ALIAS GenLens_OpenCV)
target_include_directories(GenLens_OpenCV SYSTEM INTERFACE ${GENLENS_OPENCV_INCLUDE_DIR})
foreach(module core imgproc imgcodecs dnn)
    find_library(GENLENS_OPENCV_${module} NAMES opencv_${module} REQUIRED)
    target_link_libraries(GenLens_OpenCV INTERFACE ${GENLENS_OPENCV_${module}})
endforeach()
message(STATUS "OpenCV (core, imgproc, imgcodecs, dnn): ${GENLENS_OPENCV_INCLUDE_DIR}")
