// isatty, ttyname_r, ttyname, tcgetpgrp, tcsetpgrp.
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "misc/proc_fd.h"
#include "support/errno.h"

extern "C" {

// TCGETS only succeeds on a terminal; the kernel's termios buffer is 60 bytes on both
// targets, given room to spare here.
int isatty(int fd) {
  unsigned char termios_buf[64];
  long r = pure::syscall(__NR_ioctl, fd, TCGETS, termios_buf);
  if (pure::is_error(r)) {
    errno = static_cast<int>(-r);
    return 0;
  }
  return 1;
}

// The terminal's name is what /proc/self/fd/N points at, checked against the descriptor
// itself so a renamed or replaced device node is not reported.
int ttyname_r(int fd, char* buf, size_t len) {
  if (!isatty(fd)) return errno;
  pure::ProcFdPath proc = pure::proc_fd_path(fd);
  char path[PATH_MAX];
  long n = pure::syscall(__NR_readlinkat, AT_FDCWD, proc.text, path, sizeof path - 1);
  if (pure::is_error(n)) return static_cast<int>(-n);
  path[n] = '\0';
  if (static_cast<size_t>(n) >= len) return ERANGE;
  struct stat a, b;
  if (stat(path, &a) != 0 || fstat(fd, &b) != 0) return errno;
  if (a.st_dev != b.st_dev || a.st_ino != b.st_ino) return ENODEV;
  memcpy(buf, path, static_cast<size_t>(n) + 1);
  return 0;
}

char* ttyname(int fd) {
  static char name[PATH_MAX];
  int e = ttyname_r(fd, name, sizeof name);
  if (e) return pure::fail(e, static_cast<char*>(nullptr));
  return name;
}

pid_t tcgetpgrp(int fd) {
  int pgrp;
  long r = pure::syscall(__NR_ioctl, fd, TIOCGPGRP, &pgrp);
  if (pure::is_error(r)) return static_cast<pid_t>(pure::to_errno(r));
  return pgrp;
}

int tcsetpgrp(int fd, pid_t pgrp) {
  int p = pgrp;
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_ioctl, fd, TIOCSPGRP, &p)));
}

}  // extern "C"
