// tcgetattr and tcsetattr: the kernel's TCGETS/TCSETS* with its shorter struct; the user
// struct's extra control characters read as zero and its speed fields mirror c_cflag.
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>

#include "support/errno.h"
#include "support/syscall.h"
#include "termios/kernel_termios.h"

extern "C" {

int tcgetattr(int fd, struct termios* t) {
  kernel_termios k;
  long r = pure::syscall(__NR_ioctl, fd, TCGETS, &k);
  if (pure::is_error(r)) return static_cast<int>(pure::to_errno(r));
  memset(t, 0, sizeof *t);
  t->c_iflag = k.c_iflag;
  t->c_oflag = k.c_oflag;
  t->c_cflag = k.c_cflag;
  t->c_lflag = k.c_lflag;
  t->c_line = k.c_line;
  memcpy(t->c_cc, k.c_cc, pure::kKernelNccs);
  t->c_ospeed = cfgetospeed(t);
  t->c_ispeed = cfgetispeed(t);
  return 0;
}

int tcsetattr(int fd, int when, const struct termios* t) {
  unsigned long request;
  switch (when) {
    case TCSANOW: request = TCSETS; break;
    case TCSADRAIN: request = TCSETSW; break;
    case TCSAFLUSH: request = TCSETSF; break;
    default: return pure::fail(EINVAL, -1);
  }
  kernel_termios k;
  k.c_iflag = t->c_iflag;
  k.c_oflag = t->c_oflag;
  k.c_cflag = t->c_cflag;
  k.c_lflag = t->c_lflag;
  k.c_line = t->c_line;
  memcpy(k.c_cc, t->c_cc, pure::kKernelNccs);
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_ioctl, fd, request, &k)));
}

}  // extern "C"
