#!/usr/bin/env bash
# zlib (Debian's zlib source package): its own configure (--static), then its checks —
# teststatic and test64 (minigzip round trip + example) and infcover (inflate's corner
# cases). One pass per check.
source "$(dirname "$0")/lib.sh"

# zlib's configure takes the target from CHOST; CC, AR and RANLIB come from the environment.
chost=(); [ ${#host_args[@]} -eq 0 ] || chost=(env "CHOST=$arch-linux-gnu")
build "${chost[@]}" ./configure --static
build make -j"$jobs" libz.a example minigzip example64 minigzip64 infcover

run_tests make teststatic test64
(cd "$work/src" && ./infcover) >>"$work/test.log" 2>&1 && echo 'infcover OK' >>"$work/test.log" ||
  echo 'infcover FAILED' >>"$work/test.log"
report "$(grep -c -e 'test OK' -e 'infcover OK' "$work/test.log" || true)" \
       "$(grep -c 'FAILED' "$work/test.log" || true)"
