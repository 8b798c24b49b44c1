#!/usr/bin/env bash
# Stage: pure libc (runtime/) for one target: libc.a and crt1.o/rcrt1.o/crti.o/crtn.o into
# the sysroot, plus the empty libm/libpthread/libdl/librt/libutil archives whose
# content lives in libc.a.
#   libc.sh ARCH
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
arch=$1; check_arch "$arch"
sysroot=$(sysroot_of "$arch")
bdir="$build_root/$arch/libc"

if [ ! -f "$bdir/build.ninja" ]; then
  mapfile -t cross < <(cross_cmake_args "$arch" "$llvm_bin")
  cmake "${cross[@]}" -S "$repo/runtime" -B "$bdir" \
    -DCMAKE_INSTALL_PREFIX="$sysroot/usr" \
    -DPURE_ARCH="$arch" -DPURE_SYSROOT="$sysroot" -DPURE_RESOURCE_DIR="$resource_dir" >/dev/null
fi
ninja -C "$bdir" -j"$jobs"
cmake --install "$bdir" >/dev/null

for lib in m pthread dl rt util; do
  [ -f "$sysroot/usr/lib/lib$lib.a" ] || "$llvm_bin/llvm-ar" rc "$sysroot/usr/lib/lib$lib.a"
done
