#!/usr/bin/env bash
# pure-env runs existing builds unchanged for the target: a plain Makefile (make's built-in
# rules, CC/CXX/AR from the environment), a configure script with --host (out of tree),
# and a CMake project (the toolchain file from CMAKE_TOOLCHAIN_FILE). Every program is
# static and runs, through $PURE_EMULATOR for aarch64. With ccache installed, a rebuild
# is served from the cache.
set -euo pipefail
arch=$1 root=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
penv() { "$root/bin/pure-env" --arch "$arch" "$@"; }
check() {   # BINARY EXPECTED-OUTPUT
  grep -q -e INTERP -e DYNAMIC <<<"$("$root/bin/llvm-readelf" -lW "$1")" && fail "$1 is not static"
  grep -q "Machine:.*$( [ "$arch" = x86_64 ] && echo X86-64 || echo AArch64)" <<<"$("$root/bin/llvm-readelf" -hW "$1")" ||
    fail "$1 is not an $arch program"
  local got; got=$(penv sh -c '$PURE_EMULATOR "$0"' "$1") || fail "$1 did not run"
  [ "$got" = "$2" ] || fail "$1 printed '$got', not '$2'"
  echo "ok: $(basename "$1")"
}

# The environment itself: one-word compilers, the target's pkg-config directory.
for var in CC CXX AR RANLIB NM STRIP OBJCOPY LD; do
  value=$(penv printenv "$var")
  [ -x "$value" ] || fail "$var=$value is not one executable"
done
[ "$(penv printenv PKG_CONFIG_SYSROOT_DIR)" = "$root/sysroot/$arch-pure-linux" ] || fail "PKG_CONFIG_SYSROOT_DIR"

# make
cp -r "$here/pure-env-project" "$tmp/make"
PURE_CCACHE="" penv make -C "$tmp/make" -s
check "$tmp/make/hello" "hello from C"
check "$tmp/make/hello-cxx" "hello from C++"

# ./configure --host && make, out of tree
mkdir "$tmp/conf"
(cd "$tmp/conf" && PURE_CCACHE="" penv "$here/pure-env-project/configure" --host=$arch-linux-gnu && penv make -s)
grep -q HAVE_CLOCK_GETTIME "$tmp/conf/config.h" || fail "configure did not find clock_gettime"
check "$tmp/conf/hello" "hello from C"

# cmake, with no toolchain argument
PURE_CCACHE="" penv cmake -G Ninja -S "$here/cmake-project" -B "$tmp/cmake" >/dev/null
grep -q "PURE_ARCH:STRING=$arch" "$tmp/cmake/CMakeCache.txt" || fail "cmake did not pick up PURE_ARCH"
ninja -C "$tmp/cmake" >/dev/null
check "$tmp/cmake/hello_cxx" "hello from C++, sum 4950"

# ccache: the second build of the same sources is all cache hits.
if command -v ccache >/dev/null; then
  export CCACHE_DIR=$tmp/ccache
  for i in 1 2; do rm -f "$tmp/make/"*.o; penv make -C "$tmp/make" -s hello hello-cxx; done
  hits=$(ccache --print-stats | awk -F'\t' '$1 == "direct_cache_hit" || $1 == "preprocessed_cache_hit" { n += $2 } END { print n + 0 }')
  [ "$hits" -ge 3 ] || fail "ccache: $hits hits on the rebuild, expected 3"
  check "$tmp/make/hello-cxx" "hello from C++"
  echo "ok: ccache ($hits hits)"
fi
echo "ok: pure-env builds for $arch"
