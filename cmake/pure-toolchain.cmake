# CMake toolchain file for Pure: static, glibc-free programs for x86_64 or aarch64 Linux.
#   cmake -DCMAKE_TOOLCHAIN_FILE=<pure>/share/cmake/pure-toolchain.cmake [-DPURE_ARCH=aarch64] ...
# The toolchain is found relative to this file (its install location, or the repository's
# out/ when used from a checkout); PURE_ROOT overrides that. PURE_ARCH defaults to the
# environment's PURE_ARCH (set by pure-env, which also sets CMAKE_TOOLCHAIN_FILE), else x86_64.
if(DEFINED ENV{PURE_ARCH})
  set(PURE_ARCH "$ENV{PURE_ARCH}" CACHE STRING "Target architecture: x86_64 or aarch64")
else()
  set(PURE_ARCH "x86_64" CACHE STRING "Target architecture: x86_64 or aarch64")
endif()
set_property(CACHE PURE_ARCH PROPERTY STRINGS x86_64 aarch64)
if(NOT PURE_ARCH MATCHES "^(x86_64|aarch64)$")
  message(FATAL_ERROR "PURE_ARCH must be x86_64 or aarch64, not '${PURE_ARCH}'")
endif()
# try_compile projects see only what is listed here.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES PURE_ARCH PURE_ROOT)

if(NOT PURE_ROOT)
  foreach(candidate "${CMAKE_CURRENT_LIST_DIR}/../.." "${CMAKE_CURRENT_LIST_DIR}/../out")
    get_filename_component(candidate "${candidate}" ABSOLUTE)
    if(EXISTS "${candidate}/bin/${PURE_ARCH}-pure-linux.cfg")
      set(PURE_ROOT "${candidate}")
      break()
    endif()
  endforeach()
endif()
if(NOT PURE_ROOT OR NOT EXISTS "${PURE_ROOT}/bin/${PURE_ARCH}-pure-linux.cfg")
  message(FATAL_ERROR "Pure toolchain not found next to ${CMAKE_CURRENT_LIST_FILE}; set PURE_ROOT")
endif()
set(PURE_ROOT "${PURE_ROOT}" CACHE PATH "The Pure toolchain directory (bin/, lib/, sysroot/)")

set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR ${PURE_ARCH})
set(PURE_TRIPLE ${PURE_ARCH}-pure-linux)

set(CMAKE_C_COMPILER "${PURE_ROOT}/bin/clang")
set(CMAKE_CXX_COMPILER "${PURE_ROOT}/bin/clang++")
set(CMAKE_ASM_COMPILER "${PURE_ROOT}/bin/clang")
set(CMAKE_C_COMPILER_TARGET ${PURE_TRIPLE})
set(CMAKE_CXX_COMPILER_TARGET ${PURE_TRIPLE})
set(CMAKE_ASM_COMPILER_TARGET ${PURE_TRIPLE})
foreach(tool AR RANLIB NM STRIP OBJCOPY OBJDUMP READELF)
  string(TOLOWER ${tool} name)
  set(CMAKE_${tool} "${PURE_ROOT}/bin/llvm-${name}" CACHE FILEPATH "")
endforeach()
set(CMAKE_LINKER "${PURE_ROOT}/bin/ld.lld" CACHE FILEPATH "")

set(CMAKE_SYSROOT "${PURE_ROOT}/sysroot/${PURE_TRIPLE}")
set(CMAKE_FIND_ROOT_PATH "${CMAKE_SYSROOT}")
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Everything is static: shared-library requests become static ones.
set(BUILD_SHARED_LIBS OFF CACHE BOOL "Pure builds static libraries only")
set(CMAKE_PROJECT_INCLUDE "${CMAKE_CURRENT_LIST_DIR}/pure-static-libs.cmake")
set(CMAKE_FIND_LIBRARY_SUFFIXES ".a")
set(CMAKE_POSITION_INDEPENDENT_CODE OFF CACHE BOOL "")

if(NOT PURE_ARCH STREQUAL CMAKE_HOST_SYSTEM_PROCESSOR)
  find_program(PURE_EMULATOR qemu-${PURE_ARCH}-static)
  if(PURE_EMULATOR)
    set(CMAKE_CROSSCOMPILING_EMULATOR "${PURE_EMULATOR}")
  endif()
endif()
