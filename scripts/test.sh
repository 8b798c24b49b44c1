#!/usr/bin/env bash
# Runs every test: builds what is missing (scripts/build.sh is incremental), then ctest
# per architecture (aarch64 under qemu-aarch64-static), then the host differential tests
# (tests/host: the formatting and parsing cores against glibc), then the external suites,
# each counted as one test: libc++'s own tests (the CI sample, tests/libcxx), real Debian
# packages built and checked with Pure (tests/realworld --ci) and the Docker image built
# for real (tests/docker).
#   scripts/test.sh [--arch x86_64|aarch64|all] [ctest arguments...]
# With --arch or ctest arguments only the ctest suites run.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

arches=("${all_arches[@]}")
if [ "${1:-}" = --arch ]; then
  [ "$2" = all ] || { check_arch "$2"; arches=("$2"); }
  shift 2
fi

"$repo/scripts/install-deps.sh" --tests
"$repo/scripts/build.sh" --arch "$( [ ${#arches[@]} -eq 1 ] && echo "${arches[0]}" || echo all)"

passed=0; failed=0
# The target suites (one per architecture), then the host differential tests.
for arch in "${arches[@]}" host; do
  echo "==> tests: $arch"
  bdir="$build_root/tests-$arch"
  if [ "$arch" = host ]; then
    cmake -G Ninja -S "$repo/tests/host" -B "$bdir" -DCMAKE_CXX_COMPILER="$llvm_bin/clang++" >/dev/null
  else
    cmake -G Ninja -S "$repo/tests" -B "$bdir" -DCMAKE_TOOLCHAIN_FILE="$repo/cmake/pure-toolchain.cmake" \
      -DPURE_ARCH="$arch" -DPURE_ROOT="$out" >/dev/null
  fi
  ninja -C "$bdir" -j"$jobs" -k 0 || true   # a test that does not build fails below
  log="$bdir/ctest.log"
  set +e
  (cd "$bdir" && ctest --output-on-failure -j"$jobs" "$@") | tee "$log"
  set -e
  p=$(grep -Eo '[0-9]+ tests failed out of [0-9]+' "$log" | tail -n1 || true)
  if [ -z "$p" ]; then echo "tests: no ctest summary for $arch"; failed=$((failed + 1)); continue; fi
  f=$(echo "$p" | awk '{print $1}'); n=$(echo "$p" | awk '{print $6}')
  passed=$((passed + n - f)); failed=$((failed + f))
done
# The external suites, only in a full run (no --arch, no ctest arguments).
suite() {  # suite NAME COMMAND...
  echo "==> tests: $1"
  local t0=$SECONDS
  if "${@:2}"; then passed=$((passed + 1)); echo "==> $1: passed in $((SECONDS - t0)) s"
  else failed=$((failed + 1)); echo "==> $1: FAILED after $((SECONDS - t0)) s"; fi
}
if [ ${#arches[@]} -eq ${#all_arches[@]} ] && [ $# -eq 0 ]; then
  suite "libc++ test suite sample, x86_64" "$repo/tests/libcxx/run.sh" --arch x86_64 --sample
  suite "libc++ test suite sample, aarch64" "$repo/tests/libcxx/run.sh" --arch aarch64 --sample
  suite "real-world packages (zlib, xz-utils)" "$repo/tests/realworld/run.sh" --ci
  suite "Docker image" "$repo/tests/docker/run.sh"
fi

echo
echo "total: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
