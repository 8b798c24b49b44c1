#!/usr/bin/env bash
# Stage: the front doors in out/bin (clang/clang++ wrappers, LLVM tools, per-target config
# files) and the clang resource directory out/lib/clang/19 with clang's own headers.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"

mkdir -p "$out/bin" "$resource_dir"
for driver in clang clang++; do
  sed "s/@DRIVER@/$driver/g" "$repo/toolchain/clang.in" > "$out/bin/$driver.tmp"
  chmod +x "$out/bin/$driver.tmp"; mv "$out/bin/$driver.tmp" "$out/bin/$driver"
done
for tool in ld.lld llvm-ar llvm-ranlib llvm-nm llvm-strip llvm-objcopy llvm-objdump llvm-readelf llvm-size; do
  ln -sfn "$llvm_bin/$tool" "$out/bin/$tool"
done
for arch in "${all_arches[@]}"; do
  triple=$(triple_of "$arch")
  sed -e "s|@TRIPLE@|$triple|g" -e "s|@ROOT@|<CFGDIR>/..|g" "$repo/toolchain/target.cfg.in" > "$out/bin/$triple.cfg"
done

# clang's builtin headers (stddef.h, stdarg.h, intrinsics, ...) live in the resource dir.
clang_include=$("$llvm_bin/clang" -print-resource-dir)/include
if [ ! -f "$resource_dir/include/.stamp" ] || [ "$clang_include" -nt "$resource_dir/include/.stamp" ]; then
  rm -rf "$resource_dir/include"
  cp -rL "$clang_include" "$resource_dir/include"
  touch "$resource_dir/include/.stamp"
fi
