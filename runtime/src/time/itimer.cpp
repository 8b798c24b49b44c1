// Interval timers: getitimer, setitimer, alarm; and times.
#include <errno.h>
#include <sys/time.h>
#include <sys/times.h>
#include <unistd.h>

#include "support/errno.h"

extern "C" {

int getitimer(int which, struct itimerval* value) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_getitimer, which, value)));
}

int setitimer(int which, const struct itimerval* __restrict value, struct itimerval* __restrict old) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_setitimer, which, value, old)));
}

// alarm returns the seconds left on the previous alarm, rounded to the nearest second but
// never to zero while one was pending (zero would say "none").
unsigned int alarm(unsigned int seconds) {
  struct itimerval it = {}, old = {};
  it.it_value.tv_sec = seconds;
  pure::syscall(__NR_setitimer, ITIMER_REAL, &it, &old);
  unsigned int left = static_cast<unsigned int>(old.it_value.tv_sec);
  if (old.it_value.tv_usec >= 500000 || (left == 0 && old.it_value.tv_usec > 0)) left++;
  return left;
}

// The kernel's times() value can be any clock_t, including ones that look like -errno, so
// failure is recognised only through EFAULT on the buffer.
clock_t times(struct tms* buf) {
  long r = pure::syscall(__NR_times, buf);
  if (r == -EFAULT) return static_cast<clock_t>(pure::to_errno(r));
  return r;
}

}  // extern "C"
