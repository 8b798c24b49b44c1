// stat, fstat, lstat, fstatat, statx. aarch64 has only newfstatat (and fstat) in the kernel;
// its struct stat matches the kernel's on both targets (see bits/stat.h), so results are
// used in place (stat_layout.cpp checks that at compile time).
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "support/errno.h"

extern "C" {

int fstatat(int dirfd, const char* __restrict path, struct stat* __restrict buf, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_newfstatat, dirfd, path, buf, flags)));
}

int stat(const char* __restrict path, struct stat* __restrict buf) { return fstatat(AT_FDCWD, path, buf, 0); }

int lstat(const char* __restrict path, struct stat* __restrict buf) {
  return fstatat(AT_FDCWD, path, buf, AT_SYMLINK_NOFOLLOW);
}

int fstat(int fd, struct stat* buf) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_fstat, fd, buf)));
}

int statx(int dirfd, const char* __restrict path, int flags, unsigned int mask, struct statx* __restrict buf) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_statx, dirfd, path, flags, mask, buf)));
}

}  // extern "C"

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(stat, stat64);
PURE_ALIAS(fstat, fstat64);
PURE_ALIAS(lstat, lstat64);
PURE_ALIAS(fstatat, fstatat64);
