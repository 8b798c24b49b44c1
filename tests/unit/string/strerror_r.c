/* The XSI strerror_r (no _GNU_SOURCE): int result, EINVAL and ERANGE (POSIX). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <string.h>

#include "../check.h"

int main(void) {
  char buf[64];
  CHECK_INT(strerror_r(ENOENT, buf, sizeof buf), 0);
  CHECK_STR(buf, "No such file or directory");
  CHECK_INT(strerror_r(ENOENT, buf, 5), ERANGE);
  CHECK_STR(buf, "No s");
  CHECK_INT(strerror_r(100000, buf, sizeof buf), EINVAL);
  return check_done();
}
