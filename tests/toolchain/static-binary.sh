#!/usr/bin/env bash
# A hello world built by the Pure clang is fully static and glibc-free: no PT_INTERP, no
# PT_DYNAMIC, no "GLIBC_" string; it runs (under qemu for aarch64) and prints its line.
# Also as C++ with clang++, and as a static PIE.
set -euo pipefail
arch=$1 root=$2
triple=$arch-pure-linux
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
run() { if [ "$arch" = x86_64 ]; then "$@"; else qemu-aarch64-static "$@"; fi; }
fail() { echo "FAIL: $*"; exit 1; }

printf '#include <stdio.h>\nint main(void) { puts("hello, static world"); return 0; }\n' > "$tmp/hello.c"
printf '#include <cstdio>\nint main() { std::puts("hello, static world"); }\n' > "$tmp/hello.cpp"

check() {
  local bin=$1
  local headers; headers=$("$root/bin/llvm-readelf" -lW "$bin")
  grep -q 'INTERP' <<<"$headers" && fail "$bin has a PT_INTERP segment"
  grep -q 'DYNAMIC' <<<"$headers" && fail "$bin has a PT_DYNAMIC segment"
  grep -q 'GLIBC_' "$bin" && fail "$bin contains a GLIBC_ string"
  [ "$(run "$bin")" = "hello, static world" ] || fail "$bin printed the wrong line"
  echo "ok: $(basename "$bin")"
}

"$root/bin/clang" --target=$triple -O2 "$tmp/hello.c" -o "$tmp/hello-c"; check "$tmp/hello-c"
"$root/bin/clang++" --target=$triple -O2 "$tmp/hello.cpp" -o "$tmp/hello-cxx"; check "$tmp/hello-cxx"

# A static PIE keeps PT_DYNAMIC for its own relocations, so only run and check for GLIBC_.
"$root/bin/clang" --target=$triple -O2 -static-pie "$tmp/hello.c" -o "$tmp/hello-pie"
grep -q INTERP <<<"$("$root/bin/llvm-readelf" -lW "$tmp/hello-pie")" && fail "static PIE has PT_INTERP"
[ "$(run "$tmp/hello-pie")" = "hello, static world" ] || fail "static PIE printed the wrong line"
echo "ok: hello-pie"
