#!/usr/bin/env bash
# xz-utils (Debian's xz-utils source package): configure --disable-shared (Pure links
# statically), make, and `make check` — liblzma's unit tests and the xz/xzgrep script
# tests. Counts are automake's test-suite summary (FAIL, XPASS and ERROR count as failed).
source "$(dirname "$0")/lib.sh"

build ./configure "${host_args[@]}" --disable-shared
build make -j"$jobs"
run_tests make -j"$jobs" check
report "$(automake_count PASS)" \
       "$(( $(automake_count FAIL) + $(automake_count XPASS) + $(automake_count ERROR) ))" \
       "$(automake_count SKIP)"
