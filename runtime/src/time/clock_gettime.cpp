// Reading and setting clocks: clock_gettime, clock_getres, clock_settime, gettimeofday,
// settimeofday, time, timespec_get, timespec_getres, clock, clock_getcpuclockid.
#include <errno.h>
#include <sys/time.h>
#include <time.h>

#include "support/errno.h"
#include "time/vdso.h"

extern "C" {

int clock_gettime(clockid_t clock, struct timespec* ts) {
  return static_cast<int>(pure::to_errno(pure::clock_gettime(clock, ts)));
}

int clock_getres(clockid_t clock, struct timespec* res) {
  if (pure::VdsoClockGetres f = pure::vdso_clock_getres()) return static_cast<int>(pure::to_errno(f(clock, res)));
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_clock_getres, clock, res)));
}

int clock_settime(clockid_t clock, const struct timespec* ts) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_clock_settime, clock, ts)));
}

// The time-zone argument is obsolete; the kernel's copy is still reported when asked for.
int gettimeofday(struct timeval* __restrict tv, struct timezone* __restrict tz) {
  if (tz) {
    long r = pure::syscall(__NR_gettimeofday, nullptr, tz);
    if (pure::is_error(r)) return static_cast<int>(pure::to_errno(r));
  }
  if (!tv) return 0;
  struct timespec ts;
  long r = pure::clock_gettime(CLOCK_REALTIME, &ts);
  if (pure::is_error(r)) return static_cast<int>(pure::to_errno(r));
  tv->tv_sec = ts.tv_sec;
  tv->tv_usec = ts.tv_nsec / 1000;
  return 0;
}

int settimeofday(const struct timeval* tv, const struct timezone* tz) {
  if (tv && (tv->tv_usec < 0 || tv->tv_usec >= 1000000)) return pure::fail(EINVAL, -1);
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_settimeofday, tv, tz)));
}

time_t time(time_t* out) {
  struct timespec ts;
  long r = pure::clock_gettime(CLOCK_REALTIME, &ts);
  if (pure::is_error(r)) return static_cast<time_t>(pure::to_errno(r));
  if (out) *out = ts.tv_sec;
  return ts.tv_sec;
}

// C11: returns base on success, 0 on failure (errno is not part of the interface).
int timespec_get(struct timespec* ts, int base) {
  if (base != TIME_UTC) return 0;
  if (pure::is_error(pure::clock_gettime(CLOCK_REALTIME, ts))) return 0;
  return base;
}

int timespec_getres(struct timespec* ts, int base) {
  if (base != TIME_UTC) return 0;
  if (clock_getres(CLOCK_REALTIME, ts) != 0) return 0;
  return base;
}

// Processor time in CLOCKS_PER_SEC (microsecond) units; (clock_t)-1 when unavailable.
clock_t clock(void) {
  struct timespec ts;
  if (pure::is_error(pure::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts))) return static_cast<clock_t>(-1);
  return ts.tv_sec * 1000000L + ts.tv_nsec / 1000;
}

// Another process's CPU-time clock, in the kernel's encoding: the bitwise complement of the
// pid shifted left by 3, with 2 (the scheduler's precise clock) in the low bits.
// Errors are returned, not stored in errno.
int clock_getcpuclockid(pid_t pid, clockid_t* clock_id) {
  if (pid == 0) {
    *clock_id = CLOCK_PROCESS_CPUTIME_ID;
    return 0;
  }
  clockid_t id = static_cast<clockid_t>((~static_cast<unsigned>(pid) << 3) | 2);
  struct timespec ts;
  long r = pure::syscall(__NR_clock_getres, id, &ts);
  if (pure::is_error(r)) return r == -EINVAL ? ESRCH : static_cast<int>(-r);
  *clock_id = id;
  return 0;
}

}  // extern "C"
