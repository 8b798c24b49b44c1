#!/usr/bin/env bash
# Fetches the LLVM 19.1.7 sources from Debian's llvm-toolchain-19 source package and
# extracts the parts the runtime build needs into a cache outside the checkout.
# Prints the source directory on its last line.
set -euo pipefail

version=19.1.7
cache="${PURE_CACHE:-$HOME/.cache/pure}"
src="$cache/llvm-$version"
download="$cache/download"

if [ -f "$src/.complete" ]; then
  echo "$src"
  exit 0
fi

mkdir -p "$download"
orig=$(ls "$download"/llvm-toolchain-19_"$version"*.orig.tar.xz 2>/dev/null | head -n1 || true)
if [ -z "$orig" ]; then
  "$(dirname "$0")/lib/add-deb-src.sh"
  echo "fetch-llvm: downloading the llvm-toolchain-19 source package" >&2
  (cd "$download" && apt-get source --download-only llvm-toolchain-19 >&2)
  orig=$(ls "$download"/llvm-toolchain-19_"$version"*.orig.tar.xz | head -n1)
fi

echo "fetch-llvm: extracting from $(basename "$orig")" >&2
rm -rf "$src.tmp"; mkdir -p "$src.tmp"
top=$(basename "$orig" .orig.tar.xz)   # the tarball's top directory
parts=(compiler-rt libunwind libcxxabi libcxx runtimes cmake third-party
       llvm/cmake llvm/utils/lit llvm/utils/llvm-lit llvm/include/llvm/Config)
tar -xJf "$orig" -C "$src.tmp" --strip-components=1 "${parts[@]/#/$top/}"
touch "$src.tmp/.complete"
rm -rf "$src"; mv "$src.tmp" "$src"
echo "$src"
