#!/usr/bin/env bash
# Builds the Dockerfile for real with buildah (vfs storage, chroot isolation: this runs
# inside a sandbox without a container engine or registry) and runs a C, a C++ and a
# CMake build inside the image, for both targets.
#   tests/docker/run.sh
# The base image, debian:bookworm-slim, is made locally with debootstrap (minbase
# bookworm, from the configured Debian mirror) and imported under that name; the tarball
# is cached in $PURE_CACHE/docker. The host's LLVM source cache is mounted read-only into
# the build so the sources are not downloaded twice.
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib/common.sh"

missing=()
for tool in podman buildah debootstrap; do command -v $tool >/dev/null || missing+=($tool); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "tests/docker: FAIL: missing ${missing[*]} (apt-get install ${missing[*]}; scripts/install-deps.sh --tests installs them)"
  exit 1
fi
[ "$(id -u)" -eq 0 ] || { echo "tests/docker: FAIL: needs root (debootstrap, vfs storage)"; exit 1; }

storage=(--storage-driver=vfs)
image=localhost/pure-test:latest
base=debian:bookworm-slim

# 1. The base image, from debootstrap.
if ! podman "${storage[@]}" image exists "$base"; then
  tarball="$cache/docker/bookworm-minbase.tar"
  if [ ! -f "$tarball" ]; then
    mirror=$(python3 "$repo/scripts/lib/deb-src-entries.py" | awk '/^URIs:/ {print $2; exit}')
    [ -n "$mirror" ] || { echo "tests/docker: FAIL: no Debian mirror configured in /etc/apt"; exit 1; }
    root=$(mktemp -d)
    echo "tests/docker: debootstrap --variant=minbase bookworm from $mirror"
    debootstrap --variant=minbase bookworm "$root" "$mirror" > "$cache/docker.debootstrap.log" 2>&1 \
      || { echo "tests/docker: FAIL: debootstrap failed, see $cache/docker.debootstrap.log"; exit 1; }
    mkdir -p "$cache/docker"
    tar -C "$root" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
    rm -rf "$root"
  fi
  podman "${storage[@]}" import "$tarball" "$base" >/dev/null
fi

# 2. The image, built from the repository with its own scripts.
t0=$SECONDS
buildah "${storage[@]}" bud --isolation=chroot --pull=never --network=host \
  --volume "$cache:/var/cache/pure-host:ro" --build-arg PURE_CACHE=/var/cache/pure-host \
  -t "$image" -f "$repo/Dockerfile" "$repo" > "$build_root/docker-build.log" 2>&1 \
  || { tail -n 30 "$build_root/docker-build.log"; echo "tests/docker: FAIL: image build"; exit 1; }
size=$(podman "${storage[@]}" image inspect "$image" --format '{{.Size}}')
echo "tests/docker: image built in $((SECONDS - t0)) s, $((size / 1048576)) MiB"

# 3. Builds inside it: C and C++ for both targets, and a CMake project with ctest.
ctr=$(buildah "${storage[@]}" from --pull=never "$image")
trap 'buildah "${storage[@]}" rm "$ctr" >/dev/null' EXIT
buildah "${storage[@]}" copy "$ctr" "$(dirname "$0")/project" /work/project >/dev/null
inside() { buildah "${storage[@]}" run --isolation=chroot "$ctr" -- sh -c "$1"; }
result=0
check() {  # check NAME EXPECTED SCRIPT
  local got; got=$(inside "$3" 2>&1) || true
  if [ "$got" = "$2" ]; then echo "tests/docker: ok: $1"
  else echo "tests/docker: FAIL: $1"; echo "$got" | tail -n 20; result=1; fi
}
check "C, x86_64" "hello from C" \
  'cd /work/project && clang --target=x86_64-pure-linux -O2 hello.c -o hello-c && ./hello-c'
check "C++, aarch64" "hello from C++" \
  'cd /work/project && clang++ --target=aarch64-pure-linux -O2 hello.cpp -o hello-cxx && qemu-aarch64-static ./hello-cxx'
for arch in x86_64 aarch64; do
  check "CMake + ctest, $arch" "ok" \
    "cd /work/project && cmake -G Ninja -S . -B build-$arch -DPURE_ARCH=$arch \
       -DCMAKE_TOOLCHAIN_FILE=/opt/pure/share/cmake/pure-toolchain.cmake >/dev/null \
     && cmake --build build-$arch >/dev/null && (cd build-$arch && ctest >/dev/null) && echo ok"
done
check "static, no interpreter" "ok" \
  'cd /work/project && ! llvm-readelf -l hello-c | grep -q INTERP && echo ok'
exit $result
