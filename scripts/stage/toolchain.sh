#!/usr/bin/env bash
# Stage: the front doors in out/bin (clang/clang++ wrappers and their one-word
# <triple>-clang/-clang++ forms, LLVM tools, per-target config files, pure-env), the CMake
# toolchain file and Meson cross files in out/share, and the clang resource directory
# out/lib/clang/19 with clang's own headers. out/ then has the layout of an installed prefix.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"

mkdir -p "$out/bin" "$resource_dir" "$out/share/cmake" "$out/share/meson/cross"
# FILE from stdin, executable, replaced in one step (a build may be using the old one).
put_executable() { cat > "$1.tmp"; chmod +x "$1.tmp"; mv "$1.tmp" "$1"; }
for driver in clang clang++; do
  sed -e "s/@NAME@/$driver/g" -e "s/@DRIVER@/$driver/g" -e "s/ @TARGET@//g" -e "s/@TARGET@ //g" \
    "$repo/toolchain/clang.in" | put_executable "$out/bin/$driver"
  for arch in "${all_arches[@]}"; do
    triple=$(triple_of "$arch")
    sed -e "s/@NAME@/$triple-$driver/g" -e "s/@DRIVER@/$driver/g" -e "s/@TARGET@/--target=$triple/g" \
      "$repo/toolchain/clang.in" | put_executable "$out/bin/$triple-$driver"
  done
done
put_executable "$out/bin/pure-env" < "$repo/scripts/pure-env"
cp "$repo/cmake/pure-toolchain.cmake" "$repo/cmake/pure-static-libs.cmake" "$out/share/cmake/"
for tool in ld.lld llvm-ar llvm-ranlib llvm-nm llvm-strip llvm-objcopy llvm-objdump llvm-readelf llvm-size; do
  ln -sfn "$llvm_bin/$tool" "$out/bin/$tool"
done
for arch in "${all_arches[@]}"; do
  triple=$(triple_of "$arch")
  sed -e "s|@TRIPLE@|$triple|g" -e "s|@ROOT@|<CFGDIR>/..|g" "$repo/toolchain/target.cfg.in" > "$out/bin/$triple.cfg"
  # Programs for another architecture run under qemu (found on PATH, like the compilers).
  wrapper="# $arch programs run natively here"
  [ "$arch" = "$(uname -m)" ] || wrapper="exe_wrapper = 'qemu-$arch-static'"
  sed -e "s|@TRIPLE@|$triple|g" -e "s|@ARCH@|$arch|g" -e "s|@EXE_WRAPPER@|$wrapper|g" \
    "$repo/cmake/meson-cross.ini.in" > "$out/share/meson/cross/$triple"
done

# clang's builtin headers (stddef.h, stdarg.h, intrinsics, ...) live in the resource dir.
clang_include=$("$llvm_bin/clang" -print-resource-dir)/include
if [ ! -f "$resource_dir/include/.stamp" ] || [ "$clang_include" -nt "$resource_dir/include/.stamp" ]; then
  rm -rf "$resource_dir/include"
  cp -rL "$clang_include" "$resource_dir/include"
  touch "$resource_dir/include/.stamp"
fi
