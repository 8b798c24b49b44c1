// close and close_range.
#include <errno.h>
#include <unistd.h>

#include "support/errno.h"
#include "thread/cancel.h"

extern "C" {

// Linux has already released the descriptor when close reports EINTR, so a retry could
// close one another thread has just received. The descriptor is closed: report success.
// For the same reason close is a cancellation point only on entry.
int close(int fd) {
  pure::cancel_point();
  long r = pure::syscall(__NR_close, fd);
  if (r == -EINTR) r = 0;
  return static_cast<int>(pure::to_errno(r));
}

int close_range(unsigned int first, unsigned int last, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_close_range, first, last, flags)));
}

}  // extern "C"
