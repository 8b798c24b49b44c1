#!/usr/bin/env bash
# Nothing from the host leaks into a Pure compile or link: no GCC installation, no
# multiarch glibc directories, no libgcc, no host include directory — also with the
# environment's search-path variables pointing at the host.
set -euo pipefail
arch=$1 root=$2
triple=$arch-pure-linux
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
echo 'int main(void) { return 0; }' > "$tmp/x.c"
echo 'int main() { return 0; }' > "$tmp/x.cpp"
status=0
for driver in clang clang++; do
  src=$tmp/x.c; [ $driver = clang++ ] && src=$tmp/x.cpp
  for env in "" "LIBRARY_PATH=/usr/lib/x86_64-linux-gnu CPATH=/usr/include C_INCLUDE_PATH=/usr/include CPLUS_INCLUDE_PATH=/usr/include"; do
    out=$(env $env "$root/bin/$driver" --target=$triple -v -### "$src" -o "$tmp/x" 2>&1)
    for bad in /usr/lib/gcc /lib/x86_64-linux-gnu /usr/lib/x86_64-linux-gnu /lib/aarch64-linux-gnu \
               '"-lgcc"' '"-lgcc_s"' '"-lgcc_eh"' '"/usr/include"' '"/usr/local/include"' crtbeginT.o; do
      if grep -qF -- "$bad" <<<"$out"; then
        echo "FAIL: $driver ${env:+($env) }mentions $bad"; status=1
      fi
    done
  done
done
[ $status = 0 ] && echo "ok: no host paths for $triple"
exit $status
