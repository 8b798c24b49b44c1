#!/usr/bin/env bash
# Benchmarks pure libc against glibc and musl: every program in bench/src is built three
# times — pure (out/bin/clang), glibc static (Debian's libc6-dev) and musl static
# (Debian's musl-dev) — with the same compiler (clang 19) and flags, run interleaved for
# several rounds, and the median per libc is printed as a Markdown table with ratios.
#   bench/run.sh [--rounds N] [--only REGEX] [--keep DIR] [--arch x86_64] [OUTPUT.md]
# x86_64 only: timings of aarch64 code under qemu user emulation mean nothing.
# See bench/README.md for what each row measures.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
out="${PURE_OUT:-$repo/out}"
rounds=5 only="" output="" keep=""

while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    --arch)
      [ "$2" = x86_64 ] || { echo "bench: only x86_64 is benchmarked (under qemu, time means nothing)" >&2; exit 2; }
      shift 2 ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "bench: unknown option $1" >&2; exit 2 ;;
    *) output="$1"; shift ;;
  esac
done
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "bench: --rounds wants a positive number" >&2; exit 2; }

# Check, do not install: say what is missing.
missing() { echo "bench: $1 is missing; install the Debian package $2 (scripts/install-deps.sh)" >&2; exit 1; }
[ "$(uname -m)" = x86_64 ] || { echo "bench: needs an x86_64 host" >&2; exit 1; }
[ -x "$out/bin/clang" ] || { echo "bench: no toolchain at $out; run scripts/build.sh (or set PURE_OUT)" >&2; exit 1; }
command -v clang-19 >/dev/null || missing clang-19 clang-19
command -v ld.lld-19 >/dev/null || missing ld.lld-19 lld-19
command -v python3 >/dev/null || missing python3 python3
glibc_a=/usr/lib/x86_64-linux-gnu/libc.a
musl=/usr/lib/x86_64-linux-musl
[ -f "$glibc_a" ] || missing "glibc's static library $glibc_a" libc6-dev
[ -f "$musl/libc.a" ] || missing "musl's static library $musl/libc.a" musl-dev

if [ -n "$keep" ]; then  # the binaries stay in DIR/<libc>/ for profiling
  mkdir -p "$keep"; tmp=$(cd "$keep" && pwd)
else
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fi
export TMPDIR="$tmp"
src="$repo/bench/src"
libcs=(pure glibc musl)
# Table order: the sections of report.py follow this list.
progs=(memcpy memset memcmp memchr strlen strchr strcmp malloc snprintf strtod qsort stdio pthread process)
if [ -n "$only" ]; then
  keep=(); for p in "${progs[@]}"; do [[ "$p" =~ $only ]] && keep+=("$p"); done; progs=("${keep[@]}")
fi
startup=1; [ -z "$only" ] || [[ startup =~ $only ]] || startup=0

flags=(-O2 -fno-builtin -pthread -fuse-ld=lld -Wl,--gc-sections)
build() {  # libc source output
  case "$1" in
    pure) "$out/bin/clang" --target=x86_64-pure-linux "${flags[@]}" "$2" -o "$3" ;;
    glibc) clang-19 --target=x86_64-linux-gnu -static "${flags[@]}" "$2" -o "$3" ;;
    musl) clang-19 --target=x86_64-linux-musl -static "${flags[@]}" -nostdinc -nostdlib \
            -isystem /usr/include/x86_64-linux-musl -isystem "$(clang-19 -print-resource-dir)/include" \
            "$musl/crt1.o" "$musl/crti.o" "$2" "$musl/libc.a" \
            "$out/lib/clang/19/lib/x86_64-pure-linux/libclang_rt.builtins.a" "$musl/crtn.o" -o "$3" ;;
  esac
}

echo "bench: building ${#progs[@]} programs for ${libcs[*]}" >&2
for lib in "${libcs[@]}"; do
  mkdir -p "$tmp/$lib"
  for p in "${progs[@]}"; do build "$lib" "$src/$p.c" "$tmp/$lib/$p"; done
  [ "$startup" = 0 ] || build "$lib" "$src/empty.c" "$tmp/$lib/empty"
done
if [ "$startup" = 1 ]; then
  # Start-up is timed by one launcher for all: posix_spawn+waitpid of each binary.
  [ -x "$tmp/glibc/process" ] || build glibc "$src/process.c" "$tmp/glibc/process"
  clang-19 -O2 -static -nostdlib -ffreestanding -fuse-ld=lld "$src/bare.c" -o "$tmp/bare"
fi

# Each line of results: libc, case, ns per operation.
results="$tmp/results.tsv"
run() {  # libc command...
  local lib="$1"; shift
  if ! "$@" > "$tmp/one" 2> "$tmp/err"; then
    echo "bench: $lib: $* failed: $(cat "$tmp/err")" >&2; return 0
  fi
  sed "s/^/$lib\t/" "$tmp/one" >> "$results"
}
: > "$results"
start=$(date +%s)
for ((r = 0; r < rounds; r++)); do
  echo "bench: round $((r + 1))/$rounds" >&2
  # ABC, BCA, CAB, ...: no libc always runs first or right after another one.
  order=("${libcs[@]:r%3}" "${libcs[@]:0:r%3}")
  for p in "${progs[@]}"; do
    for lib in "${order[@]}"; do run "$lib" "$tmp/$lib/$p"; done
  done
  if [ "$startup" = 1 ]; then
    for lib in "${order[@]}"; do run "$lib" "$tmp/glibc/process" --exec "start-up" "$tmp/$lib/empty"; done
    run bare "$tmp/glibc/process" --exec "start-up" "$tmp/bare"
  fi
done
echo "bench: $(( $(date +%s) - start )) s of runs" >&2

cpu=$(grep -m1 '^model name' /proc/cpuinfo | sed 's/.*: //')
version() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || echo unknown; }
python3 "$repo/bench/report.py" "$results" \
  "$(date -u '+%Y-%m-%d %H:%M UTC')" "$cpu" "$(nproc)" "$(uname -r)" \
  "$(git -C "$repo" describe --always --dirty 2>/dev/null || echo unknown)" \
  "$(version libc6-dev)" "$(version musl-dev)" "$(clang-19 --version | head -1)" "$rounds" \
  | if [ -n "$output" ]; then tee "$output"; else cat; fi
