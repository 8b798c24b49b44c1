# Included by CMake after project() (the Pure toolchain file sets CMAKE_PROJECT_INCLUDE to
# this file): the Linux platform files have declared shared libraries supported by then, so
# this is the point where add_library(... SHARED ...) is turned into a static library.
set_property(GLOBAL PROPERTY TARGET_SUPPORTS_SHARED_LIBS FALSE)
