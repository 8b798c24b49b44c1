/* getpass on a real terminal: the prompt goes to the controlling terminal, the typed line
   is not echoed, and the terminal's echo is back afterwards. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "../check.h"

static size_t drain(int fd, char *buf, size_t n, int ms) {
  size_t got = 0;
  struct pollfd p = {fd, POLLIN, 0};
  while (got + 1 < n && poll(&p, 1, ms) == 1 && (p.revents & POLLIN)) {
    ssize_t r = read(fd, buf + got, n - 1 - got);
    if (r <= 0) break;
    got += (size_t)r;
  }
  buf[got] = 0;
  return got;
}

int main(void) {
  int m = posix_openpt(O_RDWR | O_NOCTTY);
  CHECK(m >= 0);
  grantpt(m);
  unlockpt(m);
  char name[64];
  CHECK_INT(ptsname_r(m, name, sizeof name), 0);
  int report[2];
  CHECK_INT(pipe(report), 0);
  pid_t pid = fork();
  if (pid == 0) {
    /* A new session whose controlling terminal is the pty: /dev/tty is the slave. */
    close(report[0]);
    setsid();
    int s = open(name, O_RDWR);
    if (s < 0) _exit(2);
    char *pw = getpass("Password: ");
    struct termios t;
    tcgetattr(s, &t);
    dprintf(report[1], "%s|%s", pw ? pw : "(null)", (t.c_lflag & ECHO) ? "echo" : "noecho");
    _exit(0);
  }
  close(report[1]);
  char buf[256];
  drain(m, buf, sizeof buf, 2000);
  CHECK_STR(buf, "Password: ");
  usleep(100000); /* let the child turn echo off before typing */
  CHECK_INT(write(m, "s3cret\n", 7), 7);
  drain(m, buf, sizeof buf, 1000);
  CHECK_STR(buf, "\r\n"); /* only the newline getpass writes: the password was not echoed */
  drain(report[0], buf, sizeof buf, 5000);
  CHECK_STR(buf, "s3cret|echo");
  int status;
  CHECK_INT(waitpid(pid, &status, 0), pid);
  CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  return check_done();
}
