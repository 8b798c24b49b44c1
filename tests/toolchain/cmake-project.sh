#!/usr/bin/env bash
# Configures, builds and tests (ctest; through qemu for aarch64) a small C/C++ CMake
# project with cmake/pure-toolchain.cmake, then checks its programs are static.
set -euo pipefail
arch=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cmake -G Ninja -S "$here/cmake-project" -B "$tmp/b" \
  -DCMAKE_TOOLCHAIN_FILE="$here/../../cmake/pure-toolchain.cmake" -DPURE_ARCH="$arch" -DPURE_ROOT="$root"
ninja -C "$tmp/b"
(cd "$tmp/b" && ctest --output-on-failure)
if grep -q -e INTERP -e DYNAMIC <<<"$("$root/bin/llvm-readelf" -lW "$tmp/b/hello_cxx")"; then
  echo "FAIL: hello_cxx is not fully static"; exit 1
fi
echo "ok: CMake project for $arch"
