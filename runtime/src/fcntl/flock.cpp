// flock (BSD whole-file locks) and lockf (POSIX record locks on a byte range).
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "support/errno.h"
#include "thread/cancel.h"

extern "C" {

int flock(int fd, int operation) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_flock, fd, operation)));
}

// lockf locks [current offset, +size) (to end of file and beyond when size is 0, backwards
// when negative) for writing.
int lockf(int fd, int function, off_t size) {
  struct flock fl = {};
  fl.l_whence = SEEK_CUR;
  fl.l_start = 0;
  fl.l_len = size;
  switch (function) {
    case F_TEST: {
      fl.l_type = F_WRLCK;  // conflicts with any lock another process holds
      long r = pure::syscall(__NR_fcntl, fd, F_GETLK, &fl);
      if (pure::is_error(r)) return static_cast<int>(pure::to_errno(r));
      if (fl.l_type == F_UNLCK) return 0;
      return pure::fail(EACCES, -1);
    }
    case F_ULOCK:
      fl.l_type = F_UNLCK;
      return static_cast<int>(pure::to_errno(pure::syscall(__NR_fcntl, fd, F_SETLK, &fl)));
    case F_TLOCK:
      fl.l_type = F_WRLCK;
      return static_cast<int>(pure::to_errno(pure::syscall(__NR_fcntl, fd, F_SETLK, &fl)));
    case F_LOCK:
      fl.l_type = F_WRLCK;
      return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_fcntl, fd, F_SETLKW, &fl)));
    default:
      return pure::fail(EINVAL, -1);
  }
}

}  // extern "C"

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(lockf, lockf64);
