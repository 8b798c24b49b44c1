# Shared settings for the build scripts; sourced, not run.
# Knobs (environment): PURE_CACHE (downloads and cached builds, default ~/.cache/pure),
# PURE_BUILD (build trees, default <repo>/build), PURE_OUT (the toolchain, default <repo>/out),
# PURE_JOBS (parallel jobs, default nproc).
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cache="${PURE_CACHE:-$HOME/.cache/pure}"
build_root="${PURE_BUILD:-$repo/build}"
out="${PURE_OUT:-$repo/out}"
jobs="${PURE_JOBS:-$(nproc)}"
llvm_version=19.1.7
llvm_bin=/usr/lib/llvm-19/bin
all_arches=(x86_64 aarch64)

triple_of() { echo "$1-pure-linux"; }
sysroot_of() { echo "$out/sysroot/$(triple_of "$1")"; }
resource_dir="$out/lib/clang/19"

check_arch() {
  case "$1" in x86_64|aarch64) ;; *) echo "unknown architecture: $1 (x86_64 or aarch64)" >&2; exit 2 ;; esac
}

# Prints "[stage] name" and, at the end, its time.
stage() {
  local name=$1; shift
  local t0=$SECONDS
  echo "==> $name"
  "$@"
  echo "==> $name: $((SECONDS - t0)) s"
}

# CMake arguments for a cross build for one target: compilers (DRIVER_DIR/clang, clang++),
# target triple, LLVM archiver, and configure checks that compile without linking (the
# libraries they would link do not exist yet while the toolchain is being built).
#   cross_cmake_args ARCH DRIVER_DIR
cross_cmake_args() {
  local triple; triple=$(triple_of "$1")
  printf '%s\n' -G Ninja -DCMAKE_BUILD_TYPE=Release \
    "-DCMAKE_C_COMPILER=$2/clang" "-DCMAKE_CXX_COMPILER=$2/clang++" "-DCMAKE_ASM_COMPILER=$2/clang" \
    "-DCMAKE_C_COMPILER_TARGET=$triple" "-DCMAKE_CXX_COMPILER_TARGET=$triple" \
    "-DCMAKE_ASM_COMPILER_TARGET=$triple" \
    "-DCMAKE_AR=$llvm_bin/llvm-ar" "-DCMAKE_RANLIB=$llvm_bin/llvm-ranlib" "-DCMAKE_NM=$llvm_bin/llvm-nm" \
    -DCMAKE_TRY_COMPILE_TARGET_TYPE=STATIC_LIBRARY
}
