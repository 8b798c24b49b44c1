// daemon: detach from the controlling terminal and run in the background.
#include <fcntl.h>
#include <unistd.h>

#include "support/errno.h"

// Fork first, so a failure leaves the caller's state untouched; the child becomes a
// session leader without a terminal, then moves to / and points stdio at /dev/null.
extern "C" int daemon(int nochdir, int noclose) {
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid > 0) _exit(0);
  if (setsid() < 0) return -1;
  if (!nochdir && chdir("/") != 0) return -1;
  if (!noclose) {
    int fd = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (fd < 0) return -1;
    // dup2 clears close-on-exec on the copies; the original goes unless it is one of 0..2.
    bool ok = dup2(fd, 0) == 0 && dup2(fd, 1) == 1 && dup2(fd, 2) == 2;
    if (fd > 2) close(fd);
    if (!ok) return -1;
  }
  return 0;
}
