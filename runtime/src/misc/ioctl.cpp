// ioctl: the request's argument is an int or a pointer; reading a long covers both.
#include <stdarg.h>
#include <sys/ioctl.h>

#include "support/errno.h"

extern "C" int ioctl(int fd, unsigned long request, ...) {
  va_list ap;
  va_start(ap, request);
  unsigned long arg = va_arg(ap, unsigned long);
  va_end(ap);
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_ioctl, fd, request, arg)));
}
