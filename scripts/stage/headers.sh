#!/usr/bin/env bash
# Stage: the sysroot's include directory: pure libc's headers (generic + this architecture's
# bits/) and the Linux UAPI headers (linux/, asm/, asm-generic/, ...) from Debian's packages.
#   headers.sh ARCH
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
arch=$1; check_arch "$arch"
inc="$(sysroot_of "$arch")/usr/include"
new="$inc.new"
rm -rf "$new"; mkdir -p "$new"

case "$arch" in
  x86_64)
    for d in linux asm-generic drm misc mtd rdma scsi sound video xen; do
      [ -d "/usr/include/$d" ] && cp -a "/usr/include/$d" "$new/"
    done
    cp -a /usr/include/x86_64-linux-gnu/asm "$new/asm" ;;
  aarch64)
    cp -a /usr/aarch64-linux-gnu/include/. "$new/" ;;
esac

# cp -a keeps the sources' times, so unchanged headers do not trigger rebuilds.
cp -a "$repo/runtime/include/." "$new/"
cp -a "$repo/runtime/arch/$arch/include/." "$new/"
# libc++'s headers (installed by the runtimes stage) stay.
[ -d "$inc/c++" ] && mv "$inc/c++" "$new/c++"
rm -rf "$inc"; mv "$new" "$inc"
