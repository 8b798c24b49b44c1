/* Clocks and sleeping: clock_gettime (vDSO or system call) monotonicity and sanity,
   clock_getres, gettimeofday/time agreement, nanosleep duration, errors. */
#include <errno.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

#include "../check.h"

static long long ns(const struct timespec *ts) { return ts->tv_sec * 1000000000LL + ts->tv_nsec; }

int main(void) {
  struct timespec a, b;
  CHECK_INT(clock_gettime(CLOCK_MONOTONIC, &a), 0);
  int backwards = 0;
  for (int i = 0; i < 10000; i++) {
    CHECK_INT(clock_gettime(CLOCK_MONOTONIC, &b), 0);
    if (ns(&b) < ns(&a)) backwards++;
    if (b.tv_nsec < 0 || b.tv_nsec >= 1000000000) backwards++;
    a = b;
  }
  CHECK_INT(backwards, 0);

  struct timespec rt;
  CHECK_INT(clock_gettime(CLOCK_REALTIME, &rt), 0);
  CHECK(rt.tv_sec > 1700000000); /* after November 2023 */
  time_t now = time(NULL);
  CHECK(now >= rt.tv_sec && now - rt.tv_sec < 5);
  time_t stored = 0;
  CHECK_INT(time(&stored), stored);
  struct timeval tv;
  CHECK_INT(gettimeofday(&tv, NULL), 0);
  CHECK(tv.tv_sec >= rt.tv_sec && tv.tv_sec - rt.tv_sec < 5);
  CHECK(tv.tv_usec >= 0 && tv.tv_usec < 1000000);
  struct timespec ts;
  CHECK_INT(timespec_get(&ts, TIME_UTC), TIME_UTC);
  CHECK_INT(timespec_get(&ts, 0), 0);

  CHECK_INT(clock_getres(CLOCK_MONOTONIC, &ts), 0);
  CHECK(ts.tv_sec == 0 && ts.tv_nsec > 0 && ts.tv_nsec <= 10000000);
  CHECK_INT(clock_getres(CLOCK_REALTIME, &ts), 0);
  CHECK_INT(clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts), 0);
  CHECK_INT(clock_gettime(CLOCK_BOOTTIME, &ts), 0);

  errno = 0;
  CHECK_INT(clock_gettime((clockid_t)12345, &ts), -1);
  CHECK_INT(errno, EINVAL);
  CHECK_INT(clock_getres((clockid_t)12345, &ts), -1);
  CHECK_INT(errno, EINVAL);

  /* Sleeping takes at least as long as asked. */
  struct timespec before, after, req = {0, 20000000};
  clock_gettime(CLOCK_MONOTONIC, &before);
  CHECK_INT(nanosleep(&req, NULL), 0);
  clock_gettime(CLOCK_MONOTONIC, &after);
  CHECK(ns(&after) - ns(&before) >= 20000000);
  req.tv_nsec = 1000000000;
  CHECK_INT(nanosleep(&req, NULL), -1);
  CHECK_INT(errno, EINVAL);
  /* clock_nanosleep reports errors as its result. */
  CHECK_INT(clock_nanosleep(CLOCK_MONOTONIC, 0, &req, NULL), EINVAL);
  clock_gettime(CLOCK_MONOTONIC, &before);
  struct timespec until = before;
  until.tv_nsec += 5000000;
  if (until.tv_nsec >= 1000000000) {
    until.tv_sec++;
    until.tv_nsec -= 1000000000;
  }
  CHECK_INT(clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL), 0);
  clock_gettime(CLOCK_MONOTONIC, &after);
  CHECK(ns(&after) >= ns(&until));
  CHECK_INT(usleep(1000), 0);
  CHECK_INT(sleep(0), 0);

  clockid_t cid;
  CHECK_INT(clock_getcpuclockid(0, &cid), 0);
  CHECK_INT(clock_getcpuclockid(getpid(), &cid), 0);
  CHECK_INT(clock_gettime(cid, &ts), 0);

  /* Interval timers and alarm (cancelled before they fire). */
  struct itimerval it = {{0, 0}, {100, 0}}, cur;
  CHECK_INT(setitimer(ITIMER_REAL, &it, NULL), 0);
  CHECK_INT(getitimer(ITIMER_REAL, &cur), 0);
  CHECK(cur.it_value.tv_sec >= 98 && cur.it_value.tv_sec <= 100);
  CHECK_INT(alarm(50), 100); /* the previous timer's seconds, rounded */
  unsigned left = alarm(0);
  CHECK(left >= 49 && left <= 50);
  CHECK_INT(alarm(0), 0);
  CHECK_INT(getitimer(12345, &cur), -1);
  CHECK_INT(errno, EINVAL);

  CHECK(clock() != (clock_t)-1);
  struct tms t;
  CHECK(times(&t) != (clock_t)-1);
  return check_done();
}
