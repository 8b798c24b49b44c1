// fcntl: one variadic entry for every command. Waiting for a lock (F_SETLKW,
// F_OFD_SETLKW) is a cancellation point.
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>

#include "support/errno.h"
#include "thread/cancel.h"

extern "C" int fcntl(int fd, int cmd, ...) {
  // Every command takes either nothing, an int or a pointer; reading a long covers them
  // all on LP64 targets (a missing argument just yields an unused value).
  va_list ap;
  va_start(ap, cmd);
  unsigned long arg = va_arg(ap, unsigned long);
  va_end(ap);

  switch (cmd) {
    case F_GETOWN: {
      // A process group owner comes back as a negative number, which would look like an
      // error from the plain command; F_GETOWN_EX tells the two apart.
      struct f_owner_ex owner;
      long r = pure::syscall(__NR_fcntl, fd, F_GETOWN_EX, &owner);
      if (r == -EINVAL) return static_cast<int>(pure::syscall(__NR_fcntl, fd, F_GETOWN));
      if (pure::is_error(r)) return static_cast<int>(pure::to_errno(r));
      return owner.type == F_OWNER_PGRP ? -owner.pid : owner.pid;
    }
    case F_SETLKW:
    case F_OFD_SETLKW:
      return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_fcntl, fd, cmd, arg)));
    default:
      return static_cast<int>(pure::to_errno(pure::syscall(__NR_fcntl, fd, cmd, arg)));
  }
}
