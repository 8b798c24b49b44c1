#!/usr/bin/env bash
# The empty compatibility archives: a program linked with -lm -lpthread -ldl -lrt -lutil
# (as build systems written for glibc do) links against libc.a alone and runs; here it
# opens a pseudo-terminal with openpty, which glibc keeps in libutil.
set -euo pipefail
arch=$1 root=$2
triple=$arch-pure-linux
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
run() { if [ "$arch" = x86_64 ]; then "$@"; else qemu-aarch64-static "$@"; fi; }
fail() { echo "FAIL: $*"; exit 1; }

cat > "$tmp/pty.c" <<'C'
#include <math.h>
#include <pty.h>
#include <stdio.h>
#include <unistd.h>
int main(void) {
  int m, s;
  if (openpty(&m, &s, NULL, NULL, NULL) != 0) return 1;
  printf("%s %.0f\n", isatty(s) ? "pty" : "no pty", sqrt(49.0));
  return 0;
}
C
"$root/bin/clang" --target=$triple -O2 "$tmp/pty.c" -o "$tmp/pty" -lm -lpthread -ldl -lrt -lutil \
  || fail "link with the compatibility libraries"
[ "$(run "$tmp/pty")" = "pty 7" ] || fail "the program printed the wrong line"
echo "ok: -lm -lpthread -ldl -lrt -lutil"
