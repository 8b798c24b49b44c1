// sockatmark: whether the socket's read position is at the out-of-band mark (SIOCATMARK).
#include <sys/ioctl.h>
#include <sys/socket.h>

#include "support/errno.h"

extern "C" int sockatmark(int fd) {
  int at_mark = 0;
  long r = pure::syscall(__NR_ioctl, fd, SIOCATMARK, &at_mark);
  if (pure::is_error(r)) return static_cast<int>(pure::to_errno(r));
  return at_mark != 0;
}
