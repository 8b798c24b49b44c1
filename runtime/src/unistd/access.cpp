// access, faccessat, euidaccess/eaccess.
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "support/errno.h"

namespace pure {

long faccessat(int dirfd, const char* path, int mode, int flags) {
  if (flags == 0) return syscall(__NR_faccessat, dirfd, path, mode);
  long r = syscall(__NR_faccessat2, dirfd, path, mode, flags);
  if (r != -ENOSYS) return r;
  // Kernels before 5.8: the old call ignores flags, which is only right for AT_EACCESS when
  // the effective ids equal the real ones.
  if (flags & ~(AT_EACCESS | AT_SYMLINK_NOFOLLOW | AT_EMPTY_PATH)) return -EINVAL;
  if (flags == AT_EACCESS && syscall(__NR_getuid) == syscall(__NR_geteuid) &&
      syscall(__NR_getgid) == syscall(__NR_getegid))
    return syscall(__NR_faccessat, dirfd, path, mode);
  return -ENOSYS;
}

}  // namespace pure

extern "C" {

int access(const char* path, int mode) {
  return static_cast<int>(pure::to_errno(pure::faccessat(AT_FDCWD, path, mode, 0)));
}

int faccessat(int dirfd, const char* path, int mode, int flags) {
  return static_cast<int>(pure::to_errno(pure::faccessat(dirfd, path, mode, flags)));
}

int euidaccess(const char* path, int mode) {
  return static_cast<int>(pure::to_errno(pure::faccessat(AT_FDCWD, path, mode, AT_EACCESS)));
}

int eaccess(const char* path, int mode) { return euidaccess(path, mode); }

}  // extern "C"
