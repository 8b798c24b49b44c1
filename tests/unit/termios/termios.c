/* termios.h on a real pseudo-terminal: attributes, speeds, raw mode, echo, window size,
   flow and queue control, and data through master and slave. Expected values from POSIX
   and termios(3). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "../check.h"

/* Reads what arrives on fd within a short time (at most n-1 bytes), NUL-terminated. */
static size_t drain(int fd, char *buf, size_t n) {
  size_t got = 0;
  struct pollfd p = {fd, POLLIN, 0};
  while (got + 1 < n && poll(&p, 1, 300) == 1 && (p.revents & POLLIN)) {
    ssize_t r = read(fd, buf + got, n - 1 - got);
    if (r <= 0) break;
    got += (size_t)r;
  }
  buf[got] = 0;
  return got;
}

static int open_pair(int *master, int *slave) {
  *master = posix_openpt(O_RDWR | O_NOCTTY);
  if (*master < 0 || grantpt(*master) != 0 || unlockpt(*master) != 0) return -1;
  *slave = open(ptsname(*master), O_RDWR | O_NOCTTY);
  return *slave < 0 ? -1 : 0;
}

static void layout(void) {
  /* The layout other Linux libcs use, which binaries and FFI bindings assume. */
  CHECK_INT(sizeof(struct termios), 60);
  CHECK_INT(offsetof(struct termios, c_line), 16);
  CHECK_INT(offsetof(struct termios, c_cc), 17);
  CHECK_INT(NCCS, 32);
  CHECK_INT(offsetof(struct termios, c_ispeed), 52);
  CHECK_INT(offsetof(struct termios, c_ospeed), 56);
}

static void speeds(void) {
  struct termios t;
  memset(&t, 0, sizeof t);
  t.c_cflag = CS8 | CREAD;
  CHECK_INT(cfsetospeed(&t, B9600), 0);
  CHECK_INT(cfgetospeed(&t), B9600);
  CHECK_INT(cfgetispeed(&t), B9600); /* input speed 0 means "as output" */
  CHECK_INT(cfsetispeed(&t, B2400), 0);
  CHECK_INT(cfgetispeed(&t), B2400);
  CHECK_INT(cfgetospeed(&t), B9600);
  CHECK_INT(t.c_cflag & CSIZE, CS8); /* the other bits are untouched */
  CHECK(t.c_cflag & CREAD);
  CHECK_INT(cfsetspeed(&t, B115200), 0);
  CHECK_INT(cfgetospeed(&t), B115200);
  CHECK_INT(cfgetispeed(&t), B115200);
  CHECK_INT(cfsetospeed(&t, B4000000), 0);
  CHECK_INT(cfgetospeed(&t), B4000000);
  CHECK_INT(cfsetospeed(&t, B0), 0);
  CHECK_INT(cfgetospeed(&t), B0);
  /* A bit rate is not a speed code. */
  errno = 0;
  CHECK_INT(cfsetospeed(&t, 9600), -1);
  CHECK_INT(errno, EINVAL);
  errno = 0;
  CHECK_INT(cfsetispeed(&t, 12345), -1);
  CHECK_INT(errno, EINVAL);
  errno = 0;
  CHECK_INT(cfsetspeed(&t, BOTHER), -1);
  CHECK_INT(errno, EINVAL);
  CHECK_INT(B0, 0);
  CHECK(B50 < B75 && B19200 < B38400);
}

static void makeraw(void) {
  struct termios t;
  memset(&t, 0xff, sizeof t);
  cfmakeraw(&t);
  CHECK_INT(t.c_iflag & (IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON), 0);
  CHECK_INT(t.c_oflag & OPOST, 0);
  CHECK_INT(t.c_lflag & (ECHO | ECHONL | ICANON | ISIG | IEXTEN), 0);
  CHECK_INT(t.c_cflag & (CSIZE | PARENB), CS8);
  CHECK_INT(t.c_cc[VMIN], 1);
  CHECK_INT(t.c_cc[VTIME], 0);
}

static void on_pty(void) {
  int m, s;
  CHECK_INT(open_pair(&m, &s), 0);
  struct termios t;
  CHECK_INT(tcgetattr(s, &t), 0);
  /* A new pty starts in canonical mode with echo (the kernel's defaults). */
  CHECK(t.c_lflag & ICANON);
  CHECK(t.c_lflag & ECHO);
  CHECK_INT(t.c_cc[VINTR], 3);  /* ^C */
  CHECK_INT(t.c_cc[VEOF], 4);   /* ^D */
  CHECK_INT(t.c_cc[20], 0);     /* beyond the kernel's 19: zero */
  CHECK_INT(t.c_ospeed, cfgetospeed(&t));
  CHECK_INT(tcgetattr(m, &t), 0); /* the master answers too */

  /* Canonical mode with echo: the line comes back on the master, and the slave reads it
     only once the newline arrives. */
  char buf[256];
  CHECK_INT(write(m, "hi\n", 3), 3);
  drain(m, buf, sizeof buf);
  CHECK_STR(buf, "hi\r\n"); /* echoed, ONLCR turns \n into \r\n */
  CHECK_INT(drain(s, buf, sizeof buf), 3);
  CHECK_STR(buf, "hi\n");

  /* Slave output reaches the master with output processing. */
  CHECK_INT(write(s, "out\n", 4), 4);
  drain(m, buf, sizeof buf);
  CHECK_STR(buf, "out\r\n");

  /* Raw mode: no echo, bytes one at a time, no \n translation. */
  CHECK_INT(tcgetattr(s, &t), 0);
  struct termios saved = t;
  cfmakeraw(&t);
  CHECK_INT(tcsetattr(s, TCSANOW, &t), 0);
  struct termios back;
  CHECK_INT(tcgetattr(s, &back), 0);
  CHECK_INT(back.c_lflag & (ICANON | ECHO), 0);
  CHECK_INT(back.c_oflag & OPOST, 0);
  CHECK_INT(back.c_cc[VMIN], 1);
  CHECK_INT(write(m, "ab", 2), 2);
  CHECK_INT(drain(m, buf, sizeof buf), 0); /* nothing echoed */
  CHECK_INT(drain(s, buf, sizeof buf), 2);  /* no newline needed */
  CHECK_STR(buf, "ab");
  CHECK_INT(write(s, "x\n", 2), 2);
  drain(m, buf, sizeof buf);
  CHECK_STR(buf, "x\n");

  /* Echo without canonical mode, set with TCSADRAIN and TCSAFLUSH. */
  t.c_lflag |= ECHO;
  CHECK_INT(tcsetattr(s, TCSADRAIN, &t), 0);
  CHECK_INT(write(m, "e", 1), 1);
  drain(m, buf, sizeof buf);
  CHECK_STR(buf, "e");
  drain(s, buf, sizeof buf);
  CHECK_INT(tcsetattr(s, TCSAFLUSH, &saved), 0);
  CHECK_INT(tcgetattr(s, &back), 0);
  CHECK(back.c_lflag & ICANON);

  /* TCSAFLUSH and tcflush discard unread input. */
  CHECK_INT(write(m, "gone\n", 5), 5);
  drain(m, buf, sizeof buf);
  usleep(50000);
  CHECK_INT(tcflush(s, TCIFLUSH), 0);
  CHECK_INT(drain(s, buf, sizeof buf), 0);

  errno = 0;
  CHECK_INT(tcsetattr(s, 99, &saved), -1);
  CHECK_INT(errno, EINVAL);
  errno = 0;
  CHECK_INT(tcflush(s, 7), -1);
  CHECK_INT(errno, EINVAL);
  errno = 0;
  CHECK_INT(tcflow(s, 9), -1);
  CHECK_INT(errno, EINVAL);

  /* Window size. */
  struct winsize ws = {24, 80, 0, 0}, got;
  CHECK_INT(tcsetwinsize(m, &ws), 0);
  memset(&got, 0, sizeof got);
  CHECK_INT(tcgetwinsize(s, &got), 0);
  CHECK_INT(got.ws_row, 24);
  CHECK_INT(got.ws_col, 80);
  ws.ws_row = 50;
  ws.ws_col = 132;
  CHECK_INT(tcsetwinsize(s, &ws), 0);
  CHECK_INT(tcgetwinsize(m, &got), 0);
  CHECK_INT(got.ws_row, 50);
  CHECK_INT(got.ws_col, 132);

  CHECK_INT(tcdrain(s), 0);
  CHECK_INT(tcflow(s, TCOOFF), 0);
  CHECK_INT(tcflow(s, TCOON), 0);
  CHECK_INT(tcsendbreak(m, 0), 0);

  /* Not a controlling terminal of this session: tcgetsid fails with ENOTTY. */
  errno = 0;
  CHECK_INT(tcgetsid(s), -1);
  CHECK_INT(errno, ENOTTY);

  close(s);
  close(m);
}

static void not_a_tty(void) {
  int p[2];
  CHECK_INT(pipe(p), 0);
  struct termios t;
  struct winsize ws;
  errno = 0;
  CHECK_INT(tcgetattr(p[0], &t), -1);
  CHECK_INT(errno, ENOTTY);
  errno = 0;
  CHECK_INT(tcgetwinsize(p[0], &ws), -1);
  CHECK_INT(errno, ENOTTY);
  errno = 0;
  CHECK_INT(tcdrain(p[1]), -1);
  CHECK_INT(errno, ENOTTY);
  close(p[0]);
  close(p[1]);
  errno = 0;
  CHECK_INT(tcgetattr(-1, &t), -1);
  CHECK_INT(errno, EBADF);
}

int main(void) {
  layout();
  speeds();
  makeraw();
  on_pty();
  not_a_tty();
  return check_done();
}
