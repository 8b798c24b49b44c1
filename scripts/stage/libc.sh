#!/usr/bin/env bash
# Stage: pure libc (runtime/) for one target: libc.a and crt1.o/rcrt1.o/crti.o/crtn.o into
# the sysroot, plus the empty libm/libpthread/libdl/librt/libutil archives whose
# content lives in libc.a.
#   libc.sh ARCH
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
arch=$1; check_arch "$arch"
triple=$(triple_of "$arch")
sysroot=$(sysroot_of "$arch")
bdir="$build_root/$arch/libc"

if [ ! -f "$bdir/build.ninja" ]; then
  cmake -G Ninja -S "$repo/runtime" -B "$bdir" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER="$llvm_bin/clang" -DCMAKE_CXX_COMPILER="$llvm_bin/clang++" \
    -DCMAKE_ASM_COMPILER="$llvm_bin/clang" \
    -DCMAKE_C_COMPILER_TARGET="$triple" -DCMAKE_CXX_COMPILER_TARGET="$triple" \
    -DCMAKE_ASM_COMPILER_TARGET="$triple" \
    -DCMAKE_AR="$llvm_bin/llvm-ar" -DCMAKE_RANLIB="$llvm_bin/llvm-ranlib" \
    -DCMAKE_TRY_COMPILE_TARGET_TYPE=STATIC_LIBRARY \
    -DCMAKE_INSTALL_PREFIX="$sysroot/usr" \
    -DPURE_ARCH="$arch" -DPURE_SYSROOT="$sysroot" -DPURE_RESOURCE_DIR="$resource_dir" >/dev/null
fi
ninja -C "$bdir" -j"$jobs"
cmake --install "$bdir" >/dev/null

for lib in m pthread dl rt util; do
  [ -f "$sysroot/usr/lib/lib$lib.a" ] || "$llvm_bin/llvm-ar" rc "$sysroot/usr/lib/lib$lib.a"
done
