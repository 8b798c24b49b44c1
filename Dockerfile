# Pure's build image: Debian's clang-19 with the Pure toolchain installed in /opt/pure and
# registered, so inside it
#   clang --target=x86_64-pure-linux app.c         clang++ --target=aarch64-pure-linux app.cpp
#   cmake -DCMAKE_TOOLCHAIN_FILE=/opt/pure/share/cmake/pure-toolchain.cmake -B build
# just work. It runs the repository's own scripts (install-deps, build, install), then
# removes in the same layer what only the build needed: the sources, the build trees and
# the build-only packages (clang-19, lld-19, llvm-19, CMake, Ninja and qemu-user-static stay).
FROM debian:bookworm-slim

# Where the LLVM sources are downloaded and extracted; a builder may mount an existing
# Pure cache here (tests/docker does) to skip the download.
ARG PURE_CACHE=/tmp/pure-cache

COPY . /tmp/pure-src
RUN set -eux; \
    apt-get update; \
    /tmp/pure-src/scripts/install-deps.sh; \
    PURE_CACHE="$PURE_CACHE" PURE_BUILD=/tmp/pure-build PURE_OUT=/tmp/pure-out /tmp/pure-src/scripts/build.sh; \
    PURE_OUT=/tmp/pure-out /tmp/pure-src/scripts/install.sh --prefix /opt/pure --register; \
    apt-mark auto dpkg-dev xz-utils python3 linux-libc-dev linux-libc-dev-arm64-cross musl-dev; \
    apt-mark manual clang-19 lld-19 llvm-19 cmake ninja-build qemu-user-static; \
    apt-get autoremove --purge -y; \
    rm -rf /tmp/pure-src /tmp/pure-build /tmp/pure-out /tmp/pure-cache /var/lib/apt/lists/* \
           /etc/apt/sources.list.d/pure-deb-src.sources

# clang, clang++, ld.lld and the llvm-* tools are clang-19's; Pure's own commands come last.
ENV PATH=/usr/lib/llvm-19/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/opt/pure/bin
WORKDIR /work
