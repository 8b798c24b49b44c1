/* a64l/l64a, getsubopt, getloadavg, system and the pseudo-terminal functions. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../check.h"

int main(void) {
  /* Radix-64: '.'=0 '/'=1 '0'..'9'=2..11 'A'..'Z'=12..37 'a'..'z'=38..63, least
     significant digit first. */
  CHECK_STR(l64a(0), "");
  CHECK_STR(l64a(1), "/");
  CHECK_STR(l64a(64), "./");
  CHECK_STR(l64a(63), "z");
  CHECK_STR(l64a(2 + 64 * 12), "0A");
  CHECK_INT(a64l("0A"), 2 + 64 * 12);
  CHECK_INT(a64l(""), 0);
  CHECK_INT(a64l("z!"), 63); /* stops at the first non-digit */
  CHECK_INT(a64l(l64a(123456789)), 123456789);
  CHECK_INT(a64l("zzzzz1"), -1); /* 5 x 63, then '1' = 3 in bits 30-31: all ones, sign-extended */

  char *const tokens[] = {"ro", "rw", "size", NULL};
  char opts[] = "rw,size=10,bogus=1,ro";
  char *p = opts, *value;
  CHECK_INT(getsubopt(&p, tokens, &value), 1);
  CHECK(value == NULL);
  CHECK_INT(getsubopt(&p, tokens, &value), 2);
  CHECK_STR(value, "10");
  CHECK_INT(getsubopt(&p, tokens, &value), -1);
  CHECK(value != NULL && strncmp(value, "bogus", 5) == 0);
  CHECK_INT(getsubopt(&p, tokens, &value), 0);
  CHECK(*p == 0);

  double load[3] = {-1, -1, -1};
  CHECK_INT(getloadavg(load, 3), 3);
  CHECK(load[0] >= 0 && load[1] >= 0 && load[2] >= 0);
  CHECK_INT(getloadavg(load, 1), 1);

  CHECK(system(NULL) != 0); /* /bin/sh exists where the tests run */
  int s = system("exit 3");
  CHECK(WIFEXITED(s) && WEXITSTATUS(s) == 3);
  s = system("true");
  CHECK(WIFEXITED(s) && WEXITSTATUS(s) == 0);
  CHECK_INT(setenv("PURE_SYSTEM_VAR", "xyz", 1), 0);
  s = system("test \"$PURE_SYSTEM_VAR\" = xyz");
  CHECK(WIFEXITED(s) && WEXITSTATUS(s) == 0); /* the environment is passed on */

  /* Pseudo-terminals: where /dev/ptmx is available, the slave name is /dev/pts/N. */
  int m = posix_openpt(O_RDWR | O_NOCTTY);
  if (m >= 0) {
    CHECK_INT(grantpt(m), 0);
    CHECK_INT(unlockpt(m), 0);
    char *name = ptsname(m);
    CHECK(name != NULL && strncmp(name, "/dev/pts/", 9) == 0);
    char buf[64];
    CHECK_INT(ptsname_r(m, buf, sizeof buf), 0);
    CHECK_STR(buf, name);
    CHECK_INT(ptsname_r(m, buf, 5), ERANGE);
    close(m);
  } else {
    CHECK(errno == ENOENT || errno == EACCES || errno == ENXIO || errno == EPERM);
  }
  /* Not a terminal master. */
  int fd = open("/dev/null", O_RDWR);
  errno = 0;
  CHECK_INT(grantpt(fd), -1);
  CHECK(errno == ENOTTY || errno == EINVAL);
  CHECK(ptsname(fd) == NULL);
  close(fd);
  return check_done();
}
