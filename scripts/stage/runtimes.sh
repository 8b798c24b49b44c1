#!/usr/bin/env bash
# Stage: libunwind, libc++abi and libc++ (LLVM 19.1.7) for one target, static, built with
# the Pure compilers against pure libc; libc++abi is merged into libc++.a. Installed into
# the target's sysroot (usr/lib, usr/include/c++/v1).
#   runtimes.sh ARCH
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
arch=$1; check_arch "$arch"
sysroot=$(sysroot_of "$arch")
src=$("$repo/scripts/fetch-llvm.sh" | tail -n1)
bdir="$build_root/$arch/runtimes"

mkdir -p "$bdir"
if [ ! -f "$bdir/build.ninja" ]; then
  # libc++ runs in its musl-compatible mode: the closest to pure libc (POSIX 2008 locales,
  # libc++'s own ctype table). docs/LIBCXX.md explains the choice.
  mapfile -t cross < <(cross_cmake_args "$arch" "$out/bin")
  cmake "${cross[@]}" -S "$src/runtimes" -B "$bdir" \
    -DCMAKE_SYSROOT="$sysroot" \
    -DCMAKE_INSTALL_PREFIX="$sysroot/usr" \
    -DLLVM_ENABLE_RUNTIMES="libunwind;libcxxabi;libcxx" \
    -DLLVM_ENABLE_PER_TARGET_RUNTIME_DIR=OFF \
    -DLLVM_INCLUDE_TESTS=OFF -DLLVM_INCLUDE_DOCS=OFF \
    -DLIBUNWIND_ENABLE_SHARED=OFF -DLIBUNWIND_USE_COMPILER_RT=ON \
    -DLIBCXXABI_ENABLE_SHARED=OFF -DLIBCXXABI_USE_COMPILER_RT=ON \
    -DLIBCXXABI_USE_LLVM_UNWINDER=ON -DLIBCXXABI_ENABLE_STATIC_UNWINDER=ON \
    -DLIBCXXABI_STATICALLY_LINK_UNWINDER_IN_STATIC_LIBRARY=OFF \
    -DLIBCXX_ENABLE_SHARED=OFF -DLIBCXX_ENABLE_STATIC_ABI_LIBRARY=ON \
    -DLIBCXX_CXX_ABI=libcxxabi -DLIBCXX_USE_COMPILER_RT=ON \
    -DLIBCXX_HAS_MUSL_LIBC=ON \
    -DLIBCXX_ENABLE_EXCEPTIONS=ON -DLIBCXX_ENABLE_RTTI=ON -DLIBCXX_ENABLE_THREADS=ON \
    -DLIBCXX_ENABLE_FILESYSTEM=ON -DLIBCXX_ENABLE_LOCALIZATION=ON \
    -DLIBCXX_ENABLE_WIDE_CHARACTERS=ON -DLIBCXX_ENABLE_RANDOM_DEVICE=ON \
    -DLIBCXX_INCLUDE_BENCHMARKS=OFF -DLIBCXX_INCLUDE_TESTS=OFF \
    >"$bdir.configure.log" 2>&1 || { tail -40 "$bdir.configure.log"; rm -f "$bdir/build.ninja"; exit 1; }
fi
ninja -C "$bdir" -j"$jobs" cxx cxxabi unwind
ninja -C "$bdir" install-cxx install-cxxabi install-unwind >/dev/null
