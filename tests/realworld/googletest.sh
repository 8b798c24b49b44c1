#!/usr/bin/env bash
# googletest (Debian's googletest source package): CMake with gtest_build_tests and
# gmock_build_tests — Pure through the CMake toolchain file that pure-env names in
# CMAKE_TOOLCHAIN_FILE — then googletest's and googlemock's own test suite with ctest (C++
# programs and the Python drivers that run them; aarch64 ones through qemu).
source "$(dirname "$0")/lib.sh"

build cmake -G Ninja -S . -B build -DCMAKE_BUILD_TYPE=Release \
  -Dgtest_build_tests=ON -Dgmock_build_tests=ON
build ninja -j"$jobs" -C build
run_tests ctest --test-dir build --timeout 600
summary=$(grep -Eo '[0-9]+ tests failed out of [0-9]+' "$work/test.log" | tail -n1)
[ -n "$summary" ] || { echo "$label: built, ctest gave no summary (see $work/test.log)"; exit 1; }
failed=$(awk '{ print $1 }' <<<"$summary") total=$(awk '{ print $6 }' <<<"$summary")
report $((total - failed)) "$failed"
