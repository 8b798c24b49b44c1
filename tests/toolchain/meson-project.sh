#!/usr/bin/env bash
# Configures (meson setup --cross-file <triple>, the cross file found by name under
# pure-env), builds and tests (meson test; through qemu for aarch64) a small C/C++ Meson
# project, and checks the programs are static and print the right lines.
set -euo pipefail
arch=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
command -v meson >/dev/null || fail "meson is not installed (scripts/install-deps.sh installs it)"
penv() { PURE_CCACHE="" "$root/bin/pure-env" --arch "$arch" "$@"; }

penv meson setup --cross-file "$arch-pure-linux" "$here/meson-project" "$tmp/b" >"$tmp/setup.log" ||
  { cat "$tmp/setup.log"; fail "meson setup"; }
penv meson compile -C "$tmp/b" >/dev/null
penv meson test -C "$tmp/b" --print-errorlogs
for prog in hello_c hello_cxx; do
  grep -q -e INTERP -e DYNAMIC <<<"$("$root/bin/llvm-readelf" -lW "$tmp/b/$prog")" && fail "$prog is not static"
done
got=$(penv sh -c '$PURE_EMULATOR "$0"' "$tmp/b/hello_cxx")
[ "$got" = "hello from C++, sum 4950" ] || fail "hello_cxx printed '$got'"
got=$(penv sh -c '$PURE_EMULATOR "$0"' "$tmp/b/hello_c")
[ "$got" = "hello from C, 4 threads" ] || fail "hello_c printed '$got'"
echo "ok: Meson project for $arch"
