#!/usr/bin/env bash
# Stage: compiler-rt's builtins (libclang_rt.builtins.a, in place of libgcc) and crt objects
# (clang_rt.crtbegin.o / crtend.o) for one target, into the resource directory
# out/lib/clang/19/lib/<triple>/ where clang looks for them.
#   compiler-rt.sh ARCH
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
arch=$1; check_arch "$arch"
sysroot=$(sysroot_of "$arch")
src=$("$repo/scripts/fetch-llvm.sh" | tail -n1)
bdir="$build_root/$arch/compiler-rt"

mkdir -p "$bdir"
if [ ! -f "$bdir/build.ninja" ]; then
  mapfile -t cross < <(cross_cmake_args "$arch" "$llvm_bin")
  cmake "${cross[@]}" -S "$src/compiler-rt" -B "$bdir" \
    -DCMAKE_SYSROOT="$sysroot" \
    -DCMAKE_INSTALL_PREFIX="$resource_dir" \
    -DLLVM_CMAKE_DIR="$src/llvm/cmake/modules" \
    -DLLVM_ENABLE_PER_TARGET_RUNTIME_DIR=ON \
    -DCOMPILER_RT_DEFAULT_TARGET_ONLY=ON \
    -DCOMPILER_RT_BUILD_BUILTINS=ON -DCOMPILER_RT_BUILD_CRT=ON \
    -DCOMPILER_RT_BUILD_SANITIZERS=OFF -DCOMPILER_RT_BUILD_XRAY=OFF \
    -DCOMPILER_RT_BUILD_LIBFUZZER=OFF -DCOMPILER_RT_BUILD_PROFILE=OFF \
    -DCOMPILER_RT_BUILD_MEMPROF=OFF -DCOMPILER_RT_BUILD_ORC=OFF \
    -DCOMPILER_RT_BUILD_CTX_PROFILE=OFF -DCOMPILER_RT_BUILD_GWP_ASAN=OFF \
    -DCOMPILER_RT_EXCLUDE_ATOMIC_BUILTIN=OFF \
    >"$bdir.configure.log" 2>&1 || { tail -40 "$bdir.configure.log"; exit 1; }
fi
ninja -C "$bdir" -j"$jobs"
cmake --install "$bdir" >/dev/null
