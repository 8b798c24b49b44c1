#!/usr/bin/env bash
# Installs the built toolchain (out/) under a prefix:
#   scripts/install.sh --prefix DIR [--register]
# DIR gets bin/ (clang, clang++, <triple>-clang, <triple>-clang++, pure-env, tools, config
# files), lib/clang/19/, sysroot/<triple>/, share/cmake/pure-toolchain.cmake and the Meson
# cross files share/meson/cross/<triple> — a copy of out/, which has that layout.
# --register also puts <triple>.cfg files into Debian clang-19's own bin directory, so a
# plain `clang-19 --target=aarch64-pure-linux x.c` uses Pure from anywhere.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

prefix="" register=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix=$2; shift ;;
    --prefix=*) prefix=${1#--prefix=} ;;
    --register) register=1 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$prefix" ] || { echo "install.sh: --prefix DIR is required" >&2; exit 2; }
[ -f "$out/share/cmake/pure-toolchain.cmake" ] || { echo "install.sh: nothing built in $out; run scripts/build.sh" >&2; exit 1; }

mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd)
cp -a "$out/bin" "$out/lib" "$out/sysroot" "$out/share" "$prefix/"
echo "install.sh: installed into $prefix"

if [ $register = 1 ]; then
  clang_dir=$(dirname "$(readlink -f "$llvm_bin/clang")")
  sudo=""; [ -w "$clang_dir" ] || sudo="sudo"
  for arch in "${all_arches[@]}"; do
    triple=$(triple_of "$arch")
    sed -e "s|@TRIPLE@|$triple|g" -e "s|@ROOT@|$prefix|g" "$repo/toolchain/target.cfg.in" \
      | $sudo tee "$clang_dir/$triple.cfg" >/dev/null
    echo "install.sh: registered $clang_dir/$triple.cfg"
  done
fi
