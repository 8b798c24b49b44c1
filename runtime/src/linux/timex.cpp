// adjtimex and clock_adjtime: both return the clock state (TIME_*) on success.
#include <sys/timex.h>
#include <time.h>

#include "support/errno.h"

extern "C" {

int clock_adjtime(clockid_t clock, struct timex* buf) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_clock_adjtime, clock, buf)));
}

int adjtimex(struct timex* buf) { return clock_adjtime(CLOCK_REALTIME, buf); }

}  // extern "C"
