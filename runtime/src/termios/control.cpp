// tcdrain, tcflow, tcflush, tcsendbreak, tcgetsid, tcgetwinsize, tcsetwinsize: one
// terminal ioctl each.
#include <errno.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "support/errno.h"
#include "support/syscall.h"

namespace pure {
namespace {

int tty_ioctl(int fd, unsigned long request, long arg) {
  return static_cast<int>(to_errno(syscall(__NR_ioctl, fd, request, arg)));
}

}  // namespace
}  // namespace pure

extern "C" {

// TCSBRK with a nonzero argument waits for the output to drain and sends no break.
int tcdrain(int fd) { return pure::tty_ioctl(fd, TCSBRK, 1); }

int tcflow(int fd, int action) {
  if (action < TCOOFF || action > TCION) return pure::fail(EINVAL, -1);
  return pure::tty_ioctl(fd, TCXONC, action);
}

int tcflush(int fd, int queue) {
  if (queue < TCIFLUSH || queue > TCIOFLUSH) return pure::fail(EINVAL, -1);
  return pure::tty_ioctl(fd, TCFLSH, queue);
}

// The length of a nonzero duration is implementation-defined; Linux sends its standard
// break (0.25 to 0.5 s) either way.
int tcsendbreak(int fd, int duration) { return pure::tty_ioctl(fd, TCSBRK, 0); }

pid_t tcgetsid(int fd) {
  pid_t sid = 0;
  long r = pure::syscall(__NR_ioctl, fd, TIOCGSID, &sid);
  if (pure::is_error(r)) return static_cast<pid_t>(pure::to_errno(r));
  if (sid != 0) return sid;
  // No session id written: qemu-user reports success for TIOCGSID without copying the
  // answer back. The session of the foreground process group is the terminal's.
  pid_t pgrp = tcgetpgrp(fd);
  return pgrp < 0 ? -1 : getsid(pgrp);
}

int tcgetwinsize(int fd, struct winsize* ws) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_ioctl, fd, TIOCGWINSZ, ws)));
}

int tcsetwinsize(int fd, const struct winsize* ws) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_ioctl, fd, TIOCSWINSZ, ws)));
}

}  // extern "C"
