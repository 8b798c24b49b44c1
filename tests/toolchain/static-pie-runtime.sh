#!/usr/bin/env bash
# The start-up, thread, signal and TLS unit tests again, linked as static PIEs: rcrt1's
# self-relocation must leave threads, TLS, signals and dl_iterate_phdr working at a
# randomised load address (two runs of the same binary load at different addresses).
set -euo pipefail
arch=$1 root=$2
triple=$arch-pure-linux
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
run() { if [ "$arch" = x86_64 ]; then "$@"; else qemu-aarch64-static "$@"; fi; }
fail() { echo "FAIL: $*"; exit 1; }

for src in "$here"/../unit/start/*.c "$here"/../unit/thread/*.c "$here"/../unit/signal/*.c; do
  name=$(basename "$src" .c)
  "$root/bin/clang" --target=$triple -O2 -fno-builtin -static-pie -I"$here/../unit" "$src" -o "$tmp/$name" ||
    fail "$name does not link as a static PIE"
  grep -q 'DYN' <<<"$("$root/bin/llvm-readelf" -hW "$tmp/$name")" || fail "$name is not position-independent"
  out=$(run "$tmp/$name" 2>&1) || fail "$name (static PIE): $out"
  echo "ok: $name"
done

# ASLR: main's address differs between runs (the kernel randomises PIE load addresses).
printf '#include <stdio.h>\nint main(void) { printf("%%p\\n", (void *)main); return 0; }\n' > "$tmp/where.c"
"$root/bin/clang" --target=$triple -O2 -static-pie "$tmp/where.c" -o "$tmp/where"
a=$(run "$tmp/where"); b=$(run "$tmp/where")
[ -n "$a" ] || fail "where printed nothing"
[ "$arch" = aarch64 ] || [ "$a" != "$b" ] || echo "note: same load address twice ($a); ASLR may be off"
echo "ok: where ($a, $b)"
