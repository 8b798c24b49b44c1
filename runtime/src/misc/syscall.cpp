// syscall(): the raw door for programs, with up to six arguments.
#include <stdarg.h>
#include <unistd.h>

#include "support/errno.h"

extern "C" long syscall(long number, ...) {
  // Reading six longs is safe whatever the caller passed: on both targets the variadic
  // arguments sit in registers or stack slots that are always there to read.
  va_list ap;
  va_start(ap, number);
  long a = va_arg(ap, long), b = va_arg(ap, long), c = va_arg(ap, long);
  long d = va_arg(ap, long), e = va_arg(ap, long), f = va_arg(ap, long);
  va_end(ap);
  return pure::to_errno(pure::syscall(number, a, b, c, d, e, f));
}
