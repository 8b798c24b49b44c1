#!/usr/bin/env bash
# Builds and tests every real-world package (tests/realworld/<package>.sh) with Pure for
# both architectures and with the host's glibc for comparison; prints one line per build
# and a total.
#   tests/realworld/run.sh [--ci] [package...]
# --ci: the two fastest packages (zlib and xz-utils), Pure on x86_64 only (~4 min on this
# 2-core machine when it is otherwise idle).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ci=0
[ "${1:-}" = --ci ] && { ci=1; shift; }
packages=("$@")
if [ $ci = 1 ]; then
  runs=("zlib x86_64" "xz-utils x86_64")
else
  [ ${#packages[@]} -gt 0 ] || packages=(zlib xz-utils libzstd googletest)
  runs=()
  for p in "${packages[@]}"; do runs+=("$p x86_64" "$p aarch64" "$p --glibc x86_64"); done
fi
status=0 n=0 bad=0
for r in "${runs[@]}"; do
  set -- $r
  n=$((n + 1))
  "$here/$1.sh" "${@:2}" | tail -n1 || { status=1; bad=$((bad + 1)); }
done
echo "realworld: $((n - bad)) of $n builds passed all their tests"
exit $status
