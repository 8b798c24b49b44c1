#!/usr/bin/env bash
# libzstd (Debian's libzstd source package): zstd's own test programs from tests/, run
# through their Makefile targets with bounded times — the fuzzer (unit tests, then 30 s of
# random round trips), zstreamtest (streaming API, 2 × 30 s), decodecorpus (10 s of
# generated frames), invalidDictionaries and legacy (old format decoders). One pass per
# target that exits 0.
source "$(dirname "$0")/lib.sh"

targets=(test-fuzzer test-zstream test-decodecorpus test-invalidDictionaries test-legacy)
build make -j"$jobs" -C tests fuzzer zstreamtest decodecorpus invalidDictionaries legacy
passed=0 failed=0
for target in "${targets[@]}"; do
  echo "==> $target" >>"$work/test.log"
  if (cd "$work/src" && in_env timeout 900 nice make -C tests "$target" \
        FUZZERTEST=-T30s ZSTREAM_TESTTIME=-T30s DECODECORPUS_TESTTIME=-T10) >>"$work/test.log" 2>&1; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); echo "==> $target FAILED" >>"$work/test.log"
  fi
done
report $passed $failed
