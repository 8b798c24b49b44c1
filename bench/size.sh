#!/usr/bin/env bash
# Static binary size: a `puts` hello world built with clang-19 against pure libc and
# against musl (Debian's musl-dev, x86_64), same source, same flags; sizes after strip.
#   bench/size.sh [extra clang flags...]     (default flags: -O2)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out="${PURE_OUT:-$repo/out}"
flags=("${@:--O2}")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf '#include <stdio.h>\nint main(void) {\n  puts("Hello, world!");\n  return 0;\n}\n' > "$tmp/hello.c"

"$out/bin/clang" --target=x86_64-pure-linux "${flags[@]}" "$tmp/hello.c" -o "$tmp/pure"
musl=/usr/lib/x86_64-linux-musl
clang-19 --target=x86_64-linux-musl "${flags[@]}" -static -fuse-ld=lld -nostdinc -nostdlib \
  -isystem /usr/include/x86_64-linux-musl -isystem "$(clang-19 -print-resource-dir)/include" \
  "$musl/crt1.o" "$musl/crti.o" "$tmp/hello.c" "$musl/libc.a" \
  "$out/lib/clang/19/lib/x86_64-pure-linux/libclang_rt.builtins.a" "$musl/crtn.o" -o "$tmp/musl"
for b in pure musl; do llvm-strip-19 "$tmp/$b"; done
[ "$("$tmp/pure")" = "Hello, world!" ] && [ "$("$tmp/musl")" = "Hello, world!" ]
p=$(stat -c %s "$tmp/pure"); m=$(stat -c %s "$tmp/musl")
echo "flags: ${flags[*]}"
printf '| libc | stripped static puts hello (bytes) |\n|---|---:|\n| pure | %d |\n| musl 1.2.3 | %d |\n' "$p" "$m"
awk -v p="$p" -v m="$m" 'BEGIN { printf "pure/musl: %.2f\n", p / m }'
