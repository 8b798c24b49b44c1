#!/usr/bin/env bash
# Runs libc++'s lit test suite (the LLVM 19.1.7 sources of the build) against the Pure
# toolchain in out/ — or, with --glibc, against the same libc++ built on the host glibc
# (the baseline of docs/LIBCXX-TESTS.md) — and prints pass / fail / unsupported per
# top-level directory of libcxx/test/std.
#   tests/libcxx/run.sh [--arch x86_64|aarch64] [--glibc] [--sample | --all | PATH...] [-- LIT-ARGS]
# --sample (the default): the fixed CI sample, tests/libcxx/sample.txt.
# --all: all of libcxx/test/std. PATH: tests or directories, relative to libcxx/test/std.
# For Pure, exits non-zero if a test fails that tests/libcxx/xfail-pure.txt does not list.
# Results (lit JSON) accumulate in build/libcxx-tests/<config>/results/ for summarize.py.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/lib/common.sh"

arch=x86_64; glibc=0; mode=sample; paths=(); lit_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --arch) shift; arch=$1 ;;
    --arch=*) arch=${1#--arch=} ;;
    --glibc) glibc=1 ;;
    --sample) mode=sample ;;
    --all) mode=all ;;
    --) shift; lit_args=("$@"); break ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) mode=paths; paths+=("$1") ;;
  esac
  shift
done
check_arch "$arch"
src=$("$repo/scripts/fetch-llvm.sh" | tail -n1)
libcxx="$src/libcxx"

# Each test program may run at most this long (qemu is slow; a hung test must not stall CI).
executor="python3 $here/executor.py --timeout 300"
if [ $glibc = 1 ]; then
  [ "$arch" = x86_64 ] || { echo "run.sh: the glibc baseline is x86_64 only" >&2; exit 2; }
  name=glibc-x86_64
  prefix=$("$here/build-glibc-libcxx.sh" | tail -n1)
  template="$here/glibc.cfg.in"
  fields=(PREFIX="$prefix" CXX="$llvm_bin/clang++")
else
  name=pure-$arch
  [ -f "$(sysroot_of "$arch")/usr/lib/libc++.a" ] || { echo "run.sh: no libc++ in $(sysroot_of "$arch"); run scripts/build.sh" >&2; exit 1; }
  [ "$arch" = x86_64 ] || executor+=" --emulator qemu-$arch-static"
  template="$here/pure.cfg.in"
  fields=(SYSROOT="$(sysroot_of "$arch")" CXX="$out/bin/clang++" TRIPLE="$(triple_of "$arch")")
fi
exec_root="$build_root/libcxx-tests/$name"
mkdir -p "$exec_root/results"
fields+=(NAME="$name" LIBCXX_DIR="$libcxx" EXEC_ROOT="$exec_root" EXECUTOR="$executor")
python3 - "$template" "$exec_root/lit.site.cfg.py" "${fields[@]}" <<'PY'
import sys
text = open(sys.argv[1]).read()
for field in sys.argv[3:]:
    key, value = field.split("=", 1)
    text = text.replace("@" + key + "@", value)
open(sys.argv[2], "w").write(text)
PY

case $mode in
  sample) mapfile -t paths < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/sample.txt") ;;
  all) paths=(.) ;;
esac
tests=()
for p in "${paths[@]}"; do
  p=${p#libcxx/test/std/}; p=${p#std/}
  tests+=("$libcxx/test/std/$p")
done

# lit from the LLVM sources; libcxx/test/lit.cfg.py only refuses direct runs, so map it to
# the generated site configuration (what LLVM's generated llvm-lit script does).
results="$exec_root/results/$(date -u +%Y%m%dT%H%M%S)-$mode.json"
t0=$SECONDS
python3 - "$src/llvm/utils/lit" "$libcxx/test/lit.cfg.py" "$exec_root/lit.site.cfg.py" \
    -j"$jobs" -q -o "$results" "${lit_args[@]}" "${tests[@]}" <<'PY' || true
import os, sys
sys.path.insert(0, sys.argv[1])
canary, site_cfg = sys.argv[2], sys.argv[3]
sys.argv = ["lit"] + sys.argv[4:]
from lit.main import main
main({"config_map": {os.path.normcase(os.path.realpath(canary)): site_cfg}})
PY
echo "run.sh: $name, $mode, $((SECONDS - t0)) s; results in $results"
[ -f "$results" ] || { echo "run.sh: lit wrote no results" >&2; exit 1; }
if [ $glibc = 1 ]; then
  python3 "$here/summarize.py" table "$results"
else
  python3 "$here/summarize.py" table --xfail "$here/xfail-pure.txt" --arch "$arch" "$results"
fi
