// chmod, fchmod, fchmodat.
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "misc/proc_fd.h"
#include "support/errno.h"

namespace pure {

long fchmodat(int dirfd, const char* path, mode_t mode, int flags) {
  if (flags == 0) return syscall(__NR_fchmodat, dirfd, path, mode);
  if (flags & ~AT_SYMLINK_NOFOLLOW) return -EINVAL;
  long r;
#ifdef __NR_fchmodat2
  r = syscall(__NR_fchmodat2, dirfd, path, mode, flags);
  if (r != -ENOSYS) return r;
#endif
  // Kernels before 6.6: open the file itself (not what a symlink points to) with O_PATH; a
  // symlink's mode cannot be changed on Linux, anything else goes through /proc.
  long fd = syscall(__NR_openat, dirfd, path, O_PATH | O_NOFOLLOW | O_CLOEXEC);
  if (is_error(fd)) return fd;
  struct stat st;
  r = syscall(__NR_fstat, fd, &st);
  if (!is_error(r)) {
    if (S_ISLNK(st.st_mode)) {
      r = -EOPNOTSUPP;
    } else {
      ProcFdPath p = proc_fd_path(static_cast<int>(fd));
      r = syscall(__NR_fchmodat, AT_FDCWD, p.text, mode);
    }
  }
  syscall(__NR_close, fd);
  return r;
}

}  // namespace pure

extern "C" {

int fchmodat(int dirfd, const char* path, mode_t mode, int flags) {
  return static_cast<int>(pure::to_errno(pure::fchmodat(dirfd, path, mode, flags)));
}

int chmod(const char* path, mode_t mode) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_fchmodat, AT_FDCWD, path, mode)));
}

int fchmod(int fd, mode_t mode) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_fchmod, fd, mode)));
}

}  // extern "C"
