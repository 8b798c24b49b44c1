// openpty and forkpty: a master from /dev/ptmx and its slave, set up as the caller asks.
#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utmp.h>

#include "support/errno.h"
#include "support/syscall.h"

namespace pure {
namespace {

// The slave of `master`, opened through the master itself (TIOCGPTPEER, no race with a
// renamed /dev/pts entry), or by name on kernels before 4.13.
long open_slave(int master, char* name, size_t len) {
  long fd = syscall(__NR_ioctl, master, TIOCGPTPEER, O_RDWR | O_NOCTTY);
  if (fd != -EINVAL && fd != -ENOTTY) return fd;
  int e = ptsname_r(master, name, len);
  if (e) return -e;
  return syscall(__NR_openat, AT_FDCWD, name, O_RDWR | O_NOCTTY, 0);
}

}  // namespace
}  // namespace pure

extern "C" {

int openpty(int* master, int* slave, char* name, const struct termios* termp, const struct winsize* winp) {
  int m = posix_openpt(O_RDWR | O_NOCTTY);
  if (m < 0) return -1;
  char path[32];
  long s = -1;
  int e = 0;
  if (grantpt(m) != 0 || unlockpt(m) != 0) {
    e = errno;
  } else if ((s = pure::open_slave(m, path, sizeof path)) < 0) {
    e = static_cast<int>(-s);
  } else if ((name && ptsname_r(m, path, sizeof path) != 0) ||
             (termp && tcsetattr(static_cast<int>(s), TCSAFLUSH, termp) != 0) ||
             (winp && tcsetwinsize(static_cast<int>(s), winp) != 0)) {
    e = errno;
  }
  if (e) {
    if (s >= 0) pure::syscall(__NR_close, s);
    pure::syscall(__NR_close, m);
    return pure::fail(e, -1);
  }
  if (name) strcpy(name, path);  // the interface has no length: callers give enough room
  *master = m;
  *slave = static_cast<int>(s);
  return 0;
}

pid_t forkpty(int* master, char* name, const struct termios* termp, const struct winsize* winp) {
  int m, s;
  if (openpty(&m, &s, name, termp, winp) != 0) return -1;
  pid_t pid = fork();
  if (pid < 0) {
    int e = errno;
    close(m);
    close(s);
    return pure::fail(e, -1);
  }
  if (pid == 0) {
    close(m);
    if (login_tty(s) != 0) _exit(1);
    return 0;
  }
  close(s);
  *master = m;
  return pid;
}

}  // extern "C"
