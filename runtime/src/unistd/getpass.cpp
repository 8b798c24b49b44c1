// getpass: prompt on the controlling terminal and read a line with echo off (standard
// error and input when there is no terminal). Obsolete, but still used.
#define _DEFAULT_SOURCE 1
#include <fcntl.h>
#include <errno.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "support/syscall.h"

namespace {
constinit char password[128];  // PASS_MAX: longer input is read and dropped
}

extern "C" char* getpass(const char* prompt) {
  long tty = pure::syscall(__NR_openat, AT_FDCWD, "/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC, 0);
  int in = pure::is_error(tty) ? 0 : static_cast<int>(tty);
  int out = pure::is_error(tty) ? 2 : static_cast<int>(tty);

  struct termios saved, quiet;
  bool restore = tcgetattr(in, &saved) == 0;
  if (restore) {
    quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO | ECHOE | ECHOK | ECHONL);
    quiet.c_lflag |= ICANON;
    tcsetattr(in, TCSAFLUSH, &quiet);
  }
  pure::syscall(__NR_write, out, prompt, strlen(prompt));

  size_t len = 0;
  bool ok = false;
  for (;;) {
    char c;
    long n = pure::syscall(__NR_read, in, &c, 1);
    if (n == -EINTR) continue;
    if (n <= 0) break;
    ok = true;
    if (c == '\n') break;
    if (len < sizeof password - 1) password[len++] = c;
  }
  password[len] = 0;

  if (restore) {
    tcsetattr(in, TCSAFLUSH, &saved);
    pure::syscall(__NR_write, out, "\n", 1);  // the user's Enter was not echoed
  }
  if (!pure::is_error(tty)) pure::syscall(__NR_close, tty);
  return ok ? password : nullptr;
}
