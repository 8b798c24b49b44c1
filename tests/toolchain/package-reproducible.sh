#!/usr/bin/env bash
# scripts/package.sh is reproducible — a copy of out/ with other mtimes and permissions
# packs to the same bytes — and the tarball is relocatable: unpacked elsewhere, its clang
# builds a hello world that runs, and its pure-env builds with make.
set -euo pipefail
arch=$1 root=$2
triple=$arch-pure-linux
repo=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
run() { if [ "$arch" = x86_64 ]; then "$@"; else qemu-aarch64-static "$@"; fi; }
export SOURCE_DATE_EPOCH=1700000000 PURE_VERSION=test

a=$(PURE_OUT=$root "$repo/scripts/package.sh" --output "$tmp/a" | tail -n1)
[ "$(basename "$a")" = "pure-test-$(uname -m)-linux.tar.xz" ] || fail "tarball name $(basename "$a")"
# The package holds both targets, so its bytes are checked once, in the x86_64 run: the
# same toolchain copied with fresh mtimes and a different umask packs to the same bytes.
if [ "$arch" = x86_64 ]; then
  (umask 077; cp -r "$root" "$tmp/copy")
  touch "$tmp/copy/bin/clang"
  b=$(PURE_OUT=$tmp/copy "$repo/scripts/package.sh" --output "$tmp/b" | tail -n1)
  cmp "$a" "$b" || fail "two packages of the same toolchain differ"
  rm -rf "$tmp/copy"
  echo "ok: reproducible ($(stat -c %s "$a") bytes)"
fi

# Listing: one top directory, owner 0/0, the fixed mtime.
listing=$(tar -tvJf "$a" --numeric-owner --full-time)
grep -qv ' 0/0 ' <<<"$listing" && fail "an entry is not owned by 0/0"
grep -v '2023-11-14 22:13:20' <<<"$listing" | grep -q . && fail "an entry has another mtime"
tar -tJf "$a" | grep -qv '^pure-test/' && fail "an entry outside pure-test/"

mkdir "$tmp/unpacked"; tar -xJf "$a" -C "$tmp/unpacked"
top=$tmp/unpacked/pure-test
printf '#include <stdio.h>\nint main(void) { puts("hello from the package"); return 0; }\n' > "$tmp/hello.c"
(cd / && "$top/bin/clang" --target=$triple "$tmp/hello.c" -o "$tmp/hello")
[ "$(run "$tmp/hello")" = "hello from the package" ] || fail "hello from the package"
printf 'hello: hello.c\n\t$(CC) hello.c -o hello\n' > "$tmp/Makefile"
PURE_CCACHE="" "$top/bin/pure-env" --arch "$arch" make -s -C "$tmp" -B hello
grep -q "$top" <<<"$("$top/bin/pure-env" printenv CC)" || fail "the unpacked pure-env uses another toolchain"
[ "$(run "$tmp/hello")" = "hello from the package" ] || fail "pure-env make from the package"
echo "ok: unpacked package builds for $triple"
