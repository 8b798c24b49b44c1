#!/usr/bin/env bash
# Builds the Pure toolchain into out/: the compiler front doors, then for each target
# the libc headers, compiler-rt builtins and crt objects, pure libc, and
# libunwind + libc++abi + libc++.
#   scripts/build.sh [--arch x86_64|aarch64|all] [--libc-only]
# --libc-only rebuilds just headers and libc.a (the quick loop while working on the libc).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

arches=("${all_arches[@]}")
libc_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --arch) shift; [ "$1" = all ] && arches=("${all_arches[@]}") || { check_arch "$1"; arches=("$1"); } ;;
    --arch=*) a=${1#--arch=}; [ "$a" = all ] && arches=("${all_arches[@]}") || { check_arch "$a"; arches=("$a"); } ;;
    --libc-only) libc_only=1 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

t0=$SECONDS
"$repo/scripts/install-deps.sh"
stage "toolchain front doors" "$repo/scripts/stage/toolchain.sh"
for arch in "${arches[@]}"; do
  stage "$arch: headers" "$repo/scripts/stage/headers.sh" "$arch"
  [ $libc_only = 1 ] || stage "$arch: compiler-rt" "$repo/scripts/stage/compiler-rt.sh" "$arch"
  stage "$arch: pure libc" "$repo/scripts/stage/libc.sh" "$arch"
  [ $libc_only = 1 ] || stage "$arch: libunwind, libc++abi, libc++" "$repo/scripts/stage/runtimes.sh" "$arch"
done
echo "build.sh: done in $((SECONDS - t0)) s; toolchain in $out"

# Show it working: a C and a C++ hello world per target, static, run (aarch64 under qemu).
if [ $libc_only = 0 ]; then
  demo=$(mktemp -d)
  printf '#include <stdio.h>\nint main(void) { printf("hello from C on %%s\\n", ARCH); return 0; }\n' > "$demo/hello.c"
  printf '#include <iostream>\nint main() { std::cout << "hello from C++ on " << ARCH << std::endl; }\n' > "$demo/hello.cpp"
  for arch in "${arches[@]}"; do
    run=(); [ "$arch" = x86_64 ] || run=(qemu-$arch-static)
    "$out/bin/clang" --target="$(triple_of "$arch")" -O2 -DARCH="\"$arch\"" "$demo/hello.c" -o "$demo/hello-c"
    "$out/bin/clang++" --target="$(triple_of "$arch")" -O2 -DARCH="\"$arch\"" "$demo/hello.cpp" -o "$demo/hello-cxx"
    echo "\$ out/bin/clang --target=$(triple_of "$arch") hello.c && ${run[*]:+${run[*]} }./a.out"
    "${run[@]}" "$demo/hello-c"
    "${run[@]}" "$demo/hello-cxx"
  done
  rm -rf "$demo"
fi
