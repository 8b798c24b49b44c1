/* openpty, forkpty and login_tty (pty.h, utmp.h): the slave is the child's controlling
   terminal and standard streams, and what the child prints arrives on the master. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <utmp.h>

#include "../check.h"

/* Everything the master receives until the slave side closes (EIO) or 5 s pass. */
static size_t read_all(int fd, char *buf, size_t n) {
  size_t got = 0;
  struct pollfd p = {fd, POLLIN, 0};
  while (got + 1 < n && poll(&p, 1, 5000) == 1) {
    ssize_t r = read(fd, buf + got, n - 1 - got);
    if (r <= 0) break;
    got += (size_t)r;
  }
  buf[got] = 0;
  return got;
}

static void test_openpty(void) {
  int m = -1, s = -1;
  char name[64] = "";
  struct termios t;
  memset(&t, 0, sizeof t);
  t.c_cflag = CS8 | CREAD;
  cfsetspeed(&t, B38400);
  t.c_cc[VMIN] = 1;
  struct winsize ws = {30, 100, 0, 0};
  CHECK_INT(openpty(&m, &s, name, &t, &ws), 0);
  CHECK(m >= 0 && s >= 0 && m != s);
  CHECK(strncmp(name, "/dev/pts/", 9) == 0);
  CHECK_STR(name, ptsname(m));
  CHECK(isatty(s));
  struct termios got;
  CHECK_INT(tcgetattr(s, &got), 0);
  CHECK_INT(got.c_lflag & (ICANON | ECHO), 0); /* the requested attributes */
  CHECK_INT(cfgetospeed(&got), B38400);
  struct winsize gw;
  CHECK_INT(tcgetwinsize(s, &gw), 0);
  CHECK_INT(gw.ws_row, 30);
  CHECK_INT(gw.ws_col, 100);
  CHECK_INT(write(m, "raw", 3), 3);
  char buf[16];
  CHECK_INT(read(s, buf, sizeof buf), 3);
  close(s);
  close(m);

  /* Without the optional arguments. */
  CHECK_INT(openpty(&m, &s, NULL, NULL, NULL), 0);
  CHECK_INT(tcgetattr(s, &got), 0);
  CHECK(got.c_lflag & ICANON);
  close(s);
  close(m);
}

static void test_forkpty(void) {
  int m = -1;
  struct winsize ws = {40, 120, 0, 0};
  pid_t pid = forkpty(&m, NULL, NULL, &ws);
  if (pid == 0) {
    /* The child: its own session, the pty as controlling terminal and stdio. */
    struct winsize w;
    int ok = isatty(0) && isatty(1) && isatty(2) && getsid(0) == getpid() && tcgetsid(0) == getpid() &&
             tcgetpgrp(0) == getpgrp() && tcgetwinsize(1, &w) == 0;
    printf("child %s %dx%d\n", ok ? "ok" : "bad", w.ws_col, w.ws_row);
    fflush(stdout);
    _exit(ok ? 0 : 3);
  }
  CHECK(pid > 0);
  char buf[256];
  read_all(m, buf, sizeof buf);
  CHECK_STR(buf, "child ok 120x40\r\n");
  int status = -1;
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  close(m);
}

static void test_login_tty(void) {
  int m, s;
  CHECK_INT(openpty(&m, &s, NULL, NULL, NULL), 0);
  pid_t pid = fork();
  if (pid == 0) {
    close(m);
    if (login_tty(s) != 0) _exit(2);
    /* s was closed (it is above 2); the terminal is now 0, 1 and 2. */
    int closed = fcntl(s, F_GETFD) == -1 && errno == EBADF;
    printf("%s\n", closed && tcgetsid(2) == getpid() ? "logged in" : "wrong");
    fflush(stdout);
    _exit(0);
  }
  close(s);
  char buf[64];
  read_all(m, buf, sizeof buf);
  CHECK_STR(buf, "logged in\r\n");
  int status;
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  close(m);

  /* Not a terminal: TIOCSCTTY fails. */
  pid = fork();
  if (pid == 0) {
    int p[2];
    if (pipe(p) != 0) _exit(9);
    errno = 0;
    _exit(login_tty(p[0]) == -1 && errno == ENOTTY ? 0 : 1);
  }
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

int main(void) {
  test_openpty();
  test_forkpty();
  test_login_tty();
  return check_done();
}
