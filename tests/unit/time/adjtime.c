#define _DEFAULT_SOURCE
#include <errno.h>
#include <sys/time.h>

#include "../check.h"

int main(void) {
  /* Tests must never move the clock: only read the outstanding slew, and check that
     out-of-range requests are refused before anything reaches the kernel. */
  struct timeval old = {-5, -5};
  CHECK_INT(adjtime(NULL, &old), 0);
  CHECK(old.tv_usec >= 0 && old.tv_usec < 1000000);
  CHECK_INT(adjtime(NULL, NULL), 0);
  struct timeval huge = {1000000000, 0};
  errno = 0;
  CHECK_INT(adjtime(&huge, &old), -1);
  CHECK_INT(errno, EINVAL);
  struct timeval bad_usec = {0, 1000000};
  errno = 0;
  CHECK_INT(adjtime(&bad_usec, NULL), -1);
  CHECK_INT(errno, EINVAL);
  return check_done();
}
