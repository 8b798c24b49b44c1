/* mkstemp, mkostemp, mkstemps and mkdtemp: names, exclusivity, modes and errors. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../check.h"

int main(void) {
  char t1[] = "pure-mkstemp-XXXXXX";
  int fd = mkstemp(t1);
  CHECK(fd >= 0);
  CHECK(strncmp(t1, "pure-mkstemp-", 13) == 0 && strcmp(t1 + 13, "XXXXXX") != 0);
  struct stat st;
  CHECK_INT(fstat(fd, &st), 0);
  CHECK_INT(st.st_mode & 0777, 0600);
  CHECK_INT(write(fd, "abc", 3), 3);
  CHECK_INT(close(fd), 0);
  CHECK_INT(unlink(t1), 0);

  /* Two calls with the same template give different files. */
  char a[] = "pure-XXXXXX", b[] = "pure-XXXXXX";
  int fa = mkstemp(a), fb = mkstemp(b);
  CHECK(fa >= 0 && fb >= 0 && strcmp(a, b) != 0);
  close(fa);
  close(fb);
  unlink(a);
  unlink(b);

  char s[] = "pure-XXXXXX.txt";
  fd = mkstemps(s, 4);
  CHECK(fd >= 0);
  CHECK(strcmp(s + 11, ".txt") == 0);
  close(fd);
  unlink(s);

  char c[] = "pure-cloexec-XXXXXX";
  fd = mkostemp(c, O_CLOEXEC);
  CHECK(fd >= 0);
  CHECK(fcntl(fd, F_GETFD) & FD_CLOEXEC);
  close(fd);
  unlink(c);

  /* Malformed templates. */
  char bad1[] = "pure-XXXXX";
  errno = 0;
  CHECK_INT(mkstemp(bad1), -1);
  CHECK_INT(errno, EINVAL);
  char bad2[] = "XXXXXXY";
  errno = 0;
  CHECK_INT(mkstemp(bad2), -1);
  CHECK_INT(errno, EINVAL);
  char bad3[] = "pure-XXXXXX.c";
  errno = 0;
  CHECK_INT(mkstemps(bad3, 3), -1);
  CHECK_INT(errno, EINVAL);

  char d[] = "pure-dir-XXXXXX";
  CHECK(mkdtemp(d) == d);
  CHECK_INT(stat(d, &st), 0);
  CHECK(S_ISDIR(st.st_mode));
  CHECK_INT(st.st_mode & 0777, 0700);
  CHECK_INT(rmdir(d), 0);
  char bad4[] = "pure-dir";
  errno = 0;
  CHECK(mkdtemp(bad4) == NULL);
  CHECK_INT(errno, EINVAL);
  return check_done();
}
