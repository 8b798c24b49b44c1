#define _DEFAULT_SOURCE
#include <errno.h>
#include <time.h>

#include "../check.h"

int main(void) {
  /* Tests must never move the clock (they may run as root): a time before the epoch is
     rejected with EINVAL before any permission check, so nothing changes. */
  time_t before_epoch = -1;
  errno = 0;
  CHECK_INT(stime(&before_epoch), -1);
  CHECK_INT(errno, EINVAL);
  return check_done();
}
