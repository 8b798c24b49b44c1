// mkdir, mkdirat, mknod, mknodat, mkfifo, mkfifoat, umask.
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "support/errno.h"

extern "C" {

int mkdirat(int dirfd, const char* path, mode_t mode) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_mkdirat, dirfd, path, mode)));
}

int mkdir(const char* path, mode_t mode) { return mkdirat(AT_FDCWD, path, mode); }

int mknodat(int dirfd, const char* path, mode_t mode, dev_t dev) {
  // The kernel takes the device as an unsigned int in its own encoding, which the 64-bit
  // dev_t layout keeps in the low 32 bits for every number the kernel can represent.
  if (dev >> 32) return pure::fail(EINVAL, -1);
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_mknodat, dirfd, path, mode, dev)));
}

int mknod(const char* path, mode_t mode, dev_t dev) { return mknodat(AT_FDCWD, path, mode, dev); }

int mkfifoat(int dirfd, const char* path, mode_t mode) { return mknodat(dirfd, path, mode | S_IFIFO, 0); }

int mkfifo(const char* path, mode_t mode) { return mknodat(AT_FDCWD, path, mode | S_IFIFO, 0); }

mode_t umask(mode_t mask) { return static_cast<mode_t>(pure::syscall(__NR_umask, mask & 0777)); }

}  // extern "C"
