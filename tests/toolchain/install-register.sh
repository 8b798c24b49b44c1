#!/usr/bin/env bash
# install.sh --prefix puts a working, moved toolchain under the prefix (with pure-env and
# the Meson cross files); --register makes a plain clang-19 --target=<arch>-pure-linux use
# it. The registered files are put back as they were afterwards.
set -euo pipefail
arch=$1 root=$2
triple=$arch-pure-linux
repo=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
clang_dir=$(dirname "$(readlink -f /usr/lib/llvm-19/bin/clang)")
saved=()
for a in x86_64 aarch64; do
  if [ -f "$clang_dir/$a-pure-linux.cfg" ]; then cp "$clang_dir/$a-pure-linux.cfg" "$tmp/$a.saved"; saved+=("$a"); fi
done
cleanup() {
  for a in x86_64 aarch64; do
    if [ -f "$tmp/$a.saved" ]; then cp "$tmp/$a.saved" "$clang_dir/$a-pure-linux.cfg"; else rm -f "$clang_dir/$a-pure-linux.cfg"; fi
  done
  rm -rf "$tmp"
}
trap cleanup EXIT
run() { if [ "$arch" = x86_64 ]; then "$@"; else qemu-aarch64-static "$@"; fi; }

PURE_OUT=$root "$repo/scripts/install.sh" --prefix "$tmp/prefix" --register
printf '#include <stdio.h>\nint main(void) { printf("registered %%d\\n", 42); return 0; }\n' > "$tmp/x.c"
# From another directory, with the plain Debian driver.
(cd / && clang-19 --target=$triple "$tmp/x.c" -o "$tmp/x")
[ "$(run "$tmp/x")" = "registered 42" ] || { echo "FAIL: registered clang-19 output"; exit 1; }
# The installed wrapper works too (relocated copy).
"$tmp/prefix/bin/clang" --target=$triple "$tmp/x.c" -o "$tmp/y"
[ "$(run "$tmp/y")" = "registered 42" ] || { echo "FAIL: installed wrapper output"; exit 1; }
# pure-env and the Meson cross files are installed too, and pure-env uses the prefix.
[ -f "$tmp/prefix/share/meson/cross/$triple" ] || { echo "FAIL: no Meson cross file in the prefix"; exit 1; }
PURE_CCACHE="" "$tmp/prefix/bin/pure-env" --arch $arch sh -c '$CC "$0" -o "$1"' "$tmp/x.c" "$tmp/z"
[ "$(run "$tmp/z")" = "registered 42" ] || { echo "FAIL: installed pure-env output"; exit 1; }
echo "ok: install --register for $triple"
