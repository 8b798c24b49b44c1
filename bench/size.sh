#!/usr/bin/env bash
# Static binary size: a `puts` hello world built with clang-19 against pure libc and
# against musl (Debian's musl-dev, x86_64), same source, same flags; sizes after strip.
# Pure's config links with --gc-sections by default, so musl is shown both without and
# with it.
#   bench/size.sh [clang flags...]     (default: -O2)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out="${PURE_OUT:-$repo/out}"
flags=("${@:--O2}")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf '#include <stdio.h>\nint main(void) {\n  puts("Hello, world!");\n  return 0;\n}\n' > "$tmp/hello.c"

"$out/bin/clang" --target=x86_64-pure-linux "${flags[@]}" "$tmp/hello.c" -o "$tmp/pure"
musl=/usr/lib/x86_64-linux-musl
musl_link() {
  clang-19 --target=x86_64-linux-musl "${flags[@]}" "$@" -static -fuse-ld=lld -nostdinc -nostdlib \
    -isystem /usr/include/x86_64-linux-musl -isystem "$(clang-19 -print-resource-dir)/include" \
    "$musl/crt1.o" "$musl/crti.o" "$tmp/hello.c" "$musl/libc.a" \
    "$out/lib/clang/19/lib/x86_64-pure-linux/libclang_rt.builtins.a" "$musl/crtn.o"
}
musl_link -o "$tmp/musl"
musl_link -Wl,--gc-sections -o "$tmp/musl-gc"
size_of() { llvm-strip-19 "$1"; [ "$("$1")" = "Hello, world!" ]; stat -c %s "$1"; }
p=$(size_of "$tmp/pure"); m=$(size_of "$tmp/musl"); g=$(size_of "$tmp/musl-gc")
echo "flags: ${flags[*]}"
echo "| libc (static, stripped) | puts hello, bytes | pure / this |"
echo "|---|---:|---:|"
awk -v p="$p" -v m="$m" -v g="$g" 'BEGIN {
  printf "| pure (default config: --gc-sections) | %d | 1.00 |\n", p
  printf "| musl 1.2.3 | %d | %.2f |\n", m, p / m
  printf "| musl 1.2.3 with --gc-sections | %d | %.2f |\n", g, p / g }'
