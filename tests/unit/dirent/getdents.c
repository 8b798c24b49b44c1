#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "../check.h"

int main(void) {
  int fd = open("/", O_RDONLY | O_DIRECTORY);
  CHECK(fd >= 0);
  static char buf[8192] __attribute__((aligned(8)));
  int dot = 0, dotdot = 0, total = 0;
  for (;;) {
    int n = getdents(fd, (struct dirent *)buf, sizeof buf);
    CHECK(n >= 0);
    if (n <= 0) break;
    for (int off = 0; off < n;) {
      struct dirent *d = (struct dirent *)(buf + off);
      if (strcmp(d->d_name, ".") == 0) {
        dot++;
        CHECK_INT(d->d_type, DT_DIR);
      }
      if (strcmp(d->d_name, "..") == 0) dotdot++;
      CHECK(d->d_reclen > 0);
      off += d->d_reclen;
      total++;
    }
  }
  CHECK_INT(dot, 1);
  CHECK_INT(dotdot, 1);
  CHECK(total > 2);
  close(fd);
  errno = 0;
  CHECK_INT(getdents(-1, (struct dirent *)buf, sizeof buf), -1);
  CHECK_INT(errno, EBADF);
  return check_done();
}
