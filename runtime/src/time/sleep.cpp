// Sleeping: nanosleep, clock_nanosleep, sleep, usleep; cancellation points.
#include <errno.h>
#include <time.h>
#include <unistd.h>

#include "support/errno.h"
#include "thread/cancel.h"

extern "C" {

int nanosleep(const struct timespec* request, struct timespec* remain) {
  return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_nanosleep, request, remain)));
}

// Errors are returned, not stored in errno; the thread's own CPU clock cannot be slept on.
int clock_nanosleep(clockid_t clock, int flags, const struct timespec* request, struct timespec* remain) {
  if (clock == CLOCK_THREAD_CPUTIME_ID) return EINVAL;
  return static_cast<int>(-pure::syscall_cp(__NR_clock_nanosleep, clock, flags, request, remain));
}

// The unslept seconds when a signal interrupts, rounded up so a caller loop finishes.
unsigned int sleep(unsigned int seconds) {
  struct timespec ts = {static_cast<time_t>(seconds), 0};
  if (pure::syscall_cp(__NR_nanosleep, &ts, &ts) == 0) return 0;
  return static_cast<unsigned int>(ts.tv_sec + (ts.tv_nsec > 0));
}

int usleep(useconds_t usec) {
  struct timespec ts = {static_cast<time_t>(usec / 1000000), static_cast<long>(usec % 1000000) * 1000};
  return nanosleep(&ts, nullptr);
}

}  // extern "C"
