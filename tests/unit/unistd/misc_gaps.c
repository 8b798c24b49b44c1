#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../check.h"

static volatile sig_atomic_t alarms;
static void on_alarm(int sig) {
  (void)sig;
  alarms++;
}

int main(void) {
  /* A normal test run is not setuid. */
  CHECK_INT(issetugid(), 0);

  /* posix_close: closes, rejects unknown flags, reports EBADF. */
  int fds[2];
  CHECK_INT(pipe(fds), 0);
  CHECK_INT(posix_close(fds[0], 0), 0);
  CHECK_INT(posix_close(fds[1], POSIX_CLOSE_RESTART), 0);
  errno = 0;
  CHECK_INT(posix_close(fds[0], 0), -1);
  CHECK_INT(errno, EBADF);
  CHECK_INT(pipe(fds), 0);
  errno = 0;
  CHECK_INT(posix_close(fds[0], 12345), -1);
  CHECK_INT(errno, EINVAL);
  CHECK(fcntl(fds[0], F_GETFD) >= 0); /* EINVAL left it open */
  close(fds[0]);
  close(fds[1]);

  /* setpgrp makes a child its own group leader. */
  pid_t pid = fork();
  if (pid == 0) {
    if (setpgrp() != 0) _exit(1);
    _exit(getpgrp() == getpid() ? 0 : 2);
  }
  int status = -1;
  CHECK(waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);

  /* ualarm: arm, read back the remaining time, then let it fire. */
  signal(SIGALRM, on_alarm);
  CHECK_INT(ualarm(5000000, 0), 0);
  useconds_t left = ualarm(20000, 0);
  CHECK(left > 4000000 && left <= 5000000);
  while (!alarms) pause();
  CHECK_INT(alarms, 1);
  CHECK_INT(ualarm(0, 0), 0);
  return check_done();
}
