// open, openat, creat: cancellation points (opening a FIFO may block).
#include <fcntl.h>
#include <stdarg.h>

#include "support/errno.h"
#include "thread/cancel.h"

namespace {
// The mode argument exists only when the flags create a file.
inline bool takes_mode(int flags) { return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE; }
}  // namespace

extern "C" {

int openat(int dirfd, const char* path, int flags, ...) {
  mode_t mode = 0;
  if (takes_mode(flags)) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, mode_t);
    va_end(ap);
  }
  return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_openat, dirfd, path, flags | O_LARGEFILE, mode)));
}

int open(const char* path, int flags, ...) {
  mode_t mode = 0;
  if (takes_mode(flags)) {
    va_list ap;
    va_start(ap, flags);
    mode = va_arg(ap, mode_t);
    va_end(ap);
  }
  return static_cast<int>(
      pure::to_errno(pure::syscall_cp(__NR_openat, AT_FDCWD, path, flags | O_LARGEFILE, mode)));
}

int creat(const char* path, mode_t mode) { return open(path, O_CREAT | O_WRONLY | O_TRUNC, mode); }

}  // extern "C"

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(open, open64);
PURE_ALIAS(openat, openat64);
PURE_ALIAS(creat, creat64);
