// login_tty: make `fd` the controlling terminal of a new session and the standard
// input, output and error.
#include <sys/ioctl.h>
#include <unistd.h>
#include <utmp.h>

#include "support/errno.h"
#include "support/syscall.h"

extern "C" int login_tty(int fd) {
  if (setsid() < 0) return -1;
  long r = pure::syscall(__NR_ioctl, fd, TIOCSCTTY, 0);
  if (pure::is_error(r)) return static_cast<int>(pure::to_errno(r));
  for (int target = 0; target < 3; target++)
    if (dup2(fd, target) < 0) return -1;
  if (fd > 2) close(fd);
  return 0;
}
