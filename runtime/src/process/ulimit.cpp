// ulimit: RLIMIT_FSIZE counted in 512-byte blocks. Setting changes both the soft and the
// hard limit, as historical systems did.
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <sys/resource.h>
#include <ulimit.h>

#include "support/errno.h"

extern "C" long ulimit(int cmd, ...) {
  constexpr unsigned long kBlock = 512;
  struct rlimit rl;
  if (cmd == UL_GETFSIZE) {
    if (getrlimit(RLIMIT_FSIZE, &rl) != 0) return -1;
    if (rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur / kBlock > LONG_MAX) return LONG_MAX;
    return static_cast<long>(rl.rlim_cur / kBlock);
  }
  if (cmd == UL_SETFSIZE) {
    va_list ap;
    va_start(ap, cmd);
    long blocks = va_arg(ap, long);
    va_end(ap);
    if (blocks < 0) return pure::fail(EINVAL, -1L);
    unsigned long ublocks = static_cast<unsigned long>(blocks);
    rl.rlim_cur = rl.rlim_max = ublocks > RLIM_INFINITY / kBlock ? RLIM_INFINITY : ublocks * kBlock;
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0) return -1;
    return blocks;
  }
  return pure::fail(EINVAL, -1L);
}
