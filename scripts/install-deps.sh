#!/usr/bin/env bash
# Installs, with apt-get, every Debian package the project needs to build and test.
# Idempotent: when everything is present it only checks and returns.
#   scripts/install-deps.sh [--tests]
# --tests adds what only the test suite needs (tests/docker builds the Docker image with
# buildah on a debootstrapped base), which the Docker image itself must not carry.
set -euo pipefail

packages=(
  clang-19 lld-19 llvm-19                    # the compiler, linker and binutils
  cmake ninja-build python3 xz-utils dpkg-dev # the build, and apt-get source
  linux-libc-dev linux-libc-dev-arm64-cross  # kernel UAPI headers for both targets
  qemu-user-static                           # runs aarch64 test programs
  musl-dev                                   # the musl side of bench/
  make meson pkg-config ccache               # pure-env's build systems and cache (tests/toolchain, realworld)
)
[ "${1:-}" = --tests ] && packages+=(podman buildah debootstrap)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
