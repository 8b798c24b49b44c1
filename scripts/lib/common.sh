# Shared settings for the build scripts; sourced, not run.
# Knobs (environment): PURE_CACHE (downloads and cached builds, default ~/.cache/pure),
# PURE_BUILD (build trees, default <repo>/build), PURE_OUT (the toolchain, default <repo>/out),
# PURE_JOBS (parallel jobs, default nproc).
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cache="${PURE_CACHE:-$HOME/.cache/pure}"
build_root="${PURE_BUILD:-$repo/build}"
out="${PURE_OUT:-$repo/out}"
jobs="${PURE_JOBS:-$(nproc)}"
llvm_version=19.1.7
llvm_bin=/usr/lib/llvm-19/bin
all_arches=(x86_64 aarch64)

triple_of() { echo "$1-pure-linux"; }
sysroot_of() { echo "$out/sysroot/$(triple_of "$1")"; }
resource_dir="$out/lib/clang/19"

check_arch() {
  case "$1" in x86_64|aarch64) ;; *) echo "unknown architecture: $1 (x86_64 or aarch64)" >&2; exit 2 ;; esac
}

# Prints "[stage] name" and, at the end, its time.
stage() {
  local name=$1; shift
  local t0=$SECONDS
  echo "==> $name"
  "$@"
  echo "==> $name: $((SECONDS - t0)) s"
}
