// prctl: up to four further arguments, read as longs (each is an integer or a pointer).
#include <stdarg.h>
#include <sys/prctl.h>

#include "support/errno.h"

extern "C" int prctl(int option, ...) {
  va_list ap;
  va_start(ap, option);
  unsigned long a = va_arg(ap, unsigned long), b = va_arg(ap, unsigned long);
  unsigned long c = va_arg(ap, unsigned long), d = va_arg(ap, unsigned long);
  va_end(ap);
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_prctl, option, a, b, c, d)));
}
