# Shared by the tests/realworld/<package>.sh scripts; sourced, not run.
#   <package>.sh [--glibc] ARCH
# builds a Debian source package with Pure for ARCH (through pure-env) — or, with --glibc,
# with the host's clang-19 and glibc for comparison (x86_64 only) — runs the package's own
# tests and prints "<package> <arch>: built, N passed, M failed" (or "build failed").
# Sources are fetched with apt-get source into $PURE_CACHE/realworld/src/<package> (default
# ~/.cache/pure) once, and unpacked afresh for every run into
# $PURE_CACHE/realworld/build/<package>-<arch>-<libc>/ (logs: build.log, test.log there).
# Knobs: PURE_JOBS (make -j, default 1), PURE_OUT (the toolchain, default <repo>/out).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
pkg=$(basename "$0" .sh)
libc=pure
while [ $# -gt 0 ]; do
  case "$1" in
    --glibc) libc=glibc ;;
    -*) echo "$pkg: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
  shift
done
arch=${1:?usage: $pkg.sh [--glibc] x86_64|aarch64}
case "$arch" in x86_64|aarch64) ;; *) echo "$pkg: unknown architecture $arch" >&2; exit 2 ;; esac
[ "$libc" = pure ] || [ "$arch" = "$(uname -m)" ] ||
  { echo "$pkg: the glibc comparison builds for this machine ($(uname -m)) only" >&2; exit 2; }

cache=${PURE_CACHE:-$HOME/.cache/pure}/realworld
work=$cache/build/$pkg-$arch-$libc
jobs=${PURE_JOBS:-1}
label="$pkg $arch"; [ "$libc" = pure ] || label="$pkg $arch ($libc)"
# configure's --host for a cross build; empty when the target is this machine.
host_args=(); [ "$arch" = "$(uname -m)" ] || host_args=(--host="$arch-linux-gnu")

# "$@" runs in the build environment: pure-env for Pure, the host compilers for glibc.
in_env() {
  if [ "$libc" = pure ]; then
    "${PURE_OUT:-$repo/out}/bin/pure-env" --arch "$arch" "$@"
  else
    CC=clang-19 CXX=clang++-19 AR=llvm-ar-19 RANLIB=llvm-ranlib-19 NM=llvm-nm-19 "$@"
  fi
}

# Unpacks the Debian source package (with Debian's patches) into $work/src; prints nothing.
unpack_source() {
  local download=$cache/src/$pkg dsc
  mkdir -p "$download"
  dsc=$(ls "$download"/*.dsc 2>/dev/null | head -n1 || true)
  if [ -z "$dsc" ]; then
    "$repo/scripts/lib/add-deb-src.sh"
    (cd "$download" && apt-get source --download-only "$pkg") >&2
    dsc=$(ls "$download"/*.dsc | head -n1)
  fi
  rm -rf "$work"; mkdir -p "$work"
  dpkg-source --no-check -x "$dsc" "$work/src" >/dev/null
}

# Test suites run programs directly (./example, ../src/xz/xz, python drivers): for another
# architecture that needs the kernel to hand them to qemu. Registers qemu-ARCH-static with
# binfmt_misc when it is not (as root; needs qemu-user-static's binfmt.d entry).
need_binfmt() {
  [ "$arch" != "$(uname -m)" ] || return 0
  local fs=/proc/sys/fs/binfmt_misc
  [ -e "$fs/register" ] || mount -t binfmt_misc binfmt_misc "$fs"
  [ -e "$fs/qemu-$arch" ] && return 0
  local entry; entry=$(cat "/usr/lib/binfmt.d/qemu-$arch.conf")
  # qemu's entry names a helper Debian's images may not ship; the static emulator is enough
  # (F: the kernel opens it now, so it also works in other mount namespaces).
  entry=$(IFS=:; set -- $entry; echo ":$2:$3:$4:$5:$6:$(command -v "qemu-$arch-static"):F")
  echo "$pkg: registering qemu-$arch-static with binfmt_misc" >&2
  echo "$entry" > "$fs/register"
}

# Runs the build steps ("$@" in $work/src, in the build environment) into build.log;
# on failure prints the verdict and exits.
build() {
  if ! (cd "$work/src" && in_env nice "$@") >>"$work/build.log" 2>&1; then
    echo "$label: build failed (last lines of $work/build.log):"
    tail -n 15 "$work/build.log" | sed 's/^/  /'
    echo "$label: build failed"
    exit 1
  fi
}

# Runs the test steps into test.log; their status is judged from the counts.
run_tests() {
  (cd "$work/src" && in_env nice "$@") >>"$work/test.log" 2>&1 || true
}

# Prints the verdict line; exits 0 only when something passed and nothing failed.
report() {   # PASSED FAILED [SKIPPED]
  echo "$label: built, $1 passed, $2 failed$( [ "${3:-0}" -eq 0 ] || echo ", $3 skipped")"
  [ "$2" -eq 0 ] && [ "$1" -gt 0 ]
}

# Sums one field ("# PASS:", "# FAIL:", ...) of automake's test-suite summaries in test.log.
automake_count() {
  awk -v f="# $1:" 'index($0, f) == 1 { n += $NF } END { print n + 0 }' "$work/test.log"
}

need_binfmt
unpack_source
