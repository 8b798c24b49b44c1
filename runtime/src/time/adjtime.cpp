// adjtime: slews the clock by a small delta (ADJ_OFFSET_SINGLESHOT) and reports the part
// of the previous adjustment still outstanding.
#define _DEFAULT_SOURCE 1
#include <errno.h>
#include <limits.h>

#include <asm/unistd.h>
#include <linux/timex.h>

#include "support/errno.h"

// <sys/time.h> and the UAPI <linux/time.h> (needed for struct timex) both define struct
// timeval, so this file sees only the kernel's; the layouts are the same (two longs).
static_assert(sizeof(struct timeval) == 2 * sizeof(long), "struct timeval must be two longs");

namespace {
constexpr long kMicro = 1000000;
// The kernel keeps the outstanding slew in microseconds; keeping the request within an int
// of them (about 35 minutes) is the limit other systems document, too.
constexpr long kMaxSeconds = INT_MAX / kMicro - 1;
}  // namespace

extern "C" int adjtime(const struct timeval* delta, struct timeval* olddelta) {
  struct timex tx = {};
  if (delta) {
    if (delta->tv_sec > kMaxSeconds || delta->tv_sec < -kMaxSeconds || delta->tv_usec < 0 ||
        delta->tv_usec >= kMicro)
      return pure::fail(EINVAL, -1);
    tx.modes = ADJ_OFFSET_SINGLESHOT;
    tx.offset = delta->tv_sec * kMicro + delta->tv_usec;
  } else {
    tx.modes = ADJ_OFFSET_SS_READ;  // only read what is left
  }
  long r = pure::syscall(__NR_adjtimex, &tx);
  if (pure::is_error(r)) return static_cast<int>(pure::to_errno(r));
  if (olddelta) {
    // Both modes return the previously outstanding adjustment in offset.
    long off = tx.offset;
    olddelta->tv_sec = off / kMicro;
    olddelta->tv_usec = off % kMicro;
    if (olddelta->tv_usec < 0) {
      olddelta->tv_sec -= 1;
      olddelta->tv_usec += kMicro;
    }
  }
  return 0;
}
