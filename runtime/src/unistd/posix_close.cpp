// posix_close (POSIX 2024): close with a defined answer for EINTR. Linux always frees the
// descriptor, even when close reports EINTR, so the descriptor is gone in both modes and
// an interruption is reported as EINPROGRESS, as POSIX asks.
#include <errno.h>
#include <unistd.h>

#include <asm/unistd.h>

#include "support/errno.h"

extern "C" int posix_close(int fd, int flag) {
  if (flag != 0 && flag != POSIX_CLOSE_RESTART) return pure::fail(EINVAL, -1);
  long r = pure::syscall(__NR_close, fd);
  if (r == -EINTR) r = -EINPROGRESS;
  return static_cast<int>(pure::to_errno(r));
}
