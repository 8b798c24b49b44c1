#!/usr/bin/env bash
# Builds the glibc baseline for the libc++ test suite: the same LLVM 19.1.7 libunwind,
# libc++abi and libc++ as scripts/stage/runtimes.sh, with the same options, but compiled by
# the host clang-19 against the host glibc (libc++'s glibc mode instead of its musl mode).
# Cached outside the checkout, keyed by the LLVM version. Prints the install prefix.
#   tests/libcxx/build-glibc-libcxx.sh
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib/common.sh"
src=$("$repo/scripts/fetch-llvm.sh" | tail -n1)
prefix="$cache/libcxx-glibc-$llvm_version"
bdir="$cache/build/libcxx-glibc-$llvm_version"

if [ -f "$prefix/.complete" ]; then echo "$prefix"; exit 0; fi
mkdir -p "$bdir"
if [ ! -f "$bdir/build.ninja" ]; then
  cmake -G Ninja -DCMAKE_BUILD_TYPE=Release -S "$src/runtimes" -B "$bdir" \
    "-DCMAKE_C_COMPILER=$llvm_bin/clang" "-DCMAKE_CXX_COMPILER=$llvm_bin/clang++" \
    "-DCMAKE_AR=$llvm_bin/llvm-ar" "-DCMAKE_RANLIB=$llvm_bin/llvm-ranlib" \
    -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DLLVM_ENABLE_RUNTIMES="libunwind;libcxxabi;libcxx" \
    -DLLVM_ENABLE_PER_TARGET_RUNTIME_DIR=OFF \
    -DLLVM_INCLUDE_TESTS=OFF -DLLVM_INCLUDE_DOCS=OFF \
    -DLIBUNWIND_ENABLE_SHARED=OFF \
    -DLIBCXXABI_ENABLE_SHARED=OFF \
    -DLIBCXXABI_USE_LLVM_UNWINDER=ON -DLIBCXXABI_ENABLE_STATIC_UNWINDER=ON \
    -DLIBCXXABI_STATICALLY_LINK_UNWINDER_IN_STATIC_LIBRARY=OFF \
    -DLIBCXX_ENABLE_SHARED=OFF -DLIBCXX_ENABLE_STATIC_ABI_LIBRARY=ON \
    -DLIBCXX_CXX_ABI=libcxxabi \
    -DLIBCXX_ENABLE_EXCEPTIONS=ON -DLIBCXX_ENABLE_RTTI=ON -DLIBCXX_ENABLE_THREADS=ON \
    -DLIBCXX_ENABLE_FILESYSTEM=ON -DLIBCXX_ENABLE_LOCALIZATION=ON \
    -DLIBCXX_ENABLE_WIDE_CHARACTERS=ON -DLIBCXX_ENABLE_RANDOM_DEVICE=ON \
    -DLIBCXX_INCLUDE_BENCHMARKS=OFF -DLIBCXX_INCLUDE_TESTS=OFF \
    >"$bdir.configure.log" 2>&1 || { tail -40 "$bdir.configure.log"; rm -f "$bdir/build.ninja"; exit 1; }
fi
ninja -C "$bdir" -j"$jobs" cxx cxx_experimental cxxabi unwind >&2
ninja -C "$bdir" -j"$jobs" install-cxx install-cxxabi install-unwind >/dev/null
touch "$prefix/.complete"
echo "$prefix"
