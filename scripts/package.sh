#!/usr/bin/env bash
# Packs the built toolchain (out/) into a relocatable release tarball:
#   scripts/package.sh [--output DIR]       (default DIR: build/dist)
# writes DIR/pure-<version>-<host>.tar.xz with one top directory pure-<version>/ holding
# bin/ lib/ sysroot/ share/ — the layout of an installed prefix. It is reproducible: the
# same out/ gives the same bytes (names sorted, owner 0:0, modes normalised, every mtime
# SOURCE_DATE_EPOCH or else the last commit's time, no atime/ctime, single-threaded xz).
# <version> is PURE_VERSION, else `git describe --always --dirty`; <host> is the machine the
# toolchain runs on (it needs Debian's clang-19, lld-19 and llvm-19 there).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

dest="$build_root/dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --output) dest=$2; shift ;;
    --output=*) dest=${1#--output=} ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "package.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
[ -f "$out/share/cmake/pure-toolchain.cmake" ] || { echo "package.sh: nothing built in $out; run scripts/build.sh" >&2; exit 1; }

version=${PURE_VERSION:-$(git -C "$repo" describe --always --dirty)}
epoch=${SOURCE_DATE_EPOCH:-$(git -C "$repo" log -1 --format=%ct)}
name=pure-$version
tarball=$name-$(uname -m)-linux.tar.xz
mkdir -p "$dest"
dest=$(cd "$dest" && pwd)

# --transform puts every member (not symlink targets: S) under pure-<version>/.
tar -C "$out" --create --format=pax --sort=name --mtime="@$epoch" \
  --owner=0 --group=0 --numeric-owner --mode='u+rwX,go+rX,go-w' \
  --pax-option='exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime' \
  --transform="s,^,$name/,S" bin lib sysroot share |
  xz -6 --threads=1 --check=crc64 > "$dest/$tarball.tmp"
mv "$dest/$tarball.tmp" "$dest/$tarball"
echo "$dest/$tarball"
