// ualarm: SIGALRM after a number of microseconds, optionally repeating; returns what was
// left of the previous timer.
#define _DEFAULT_SOURCE 1
#include <sys/time.h>
#include <unistd.h>

extern "C" useconds_t ualarm(useconds_t usecs, useconds_t interval) {
  struct itimerval next = {}, old = {};
  next.it_value.tv_sec = usecs / 1000000;
  next.it_value.tv_usec = usecs % 1000000;
  next.it_interval.tv_sec = interval / 1000000;
  next.it_interval.tv_usec = interval % 1000000;
  if (setitimer(ITIMER_REAL, &next, &old) != 0) return static_cast<useconds_t>(-1);
  return static_cast<useconds_t>(old.it_value.tv_sec * 1000000 + old.it_value.tv_usec);
}
