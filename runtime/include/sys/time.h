/* sys/time.h: gettimeofday, interval timers and utimes. */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H
#include <features.h>
#include <bits/types/struct_timeval.h>
#include <bits/types/suseconds_t.h>
#include <bits/types/time_t.h>
#include <sys/select.h>

#define ITIMER_REAL 0
#define ITIMER_VIRTUAL 1
#define ITIMER_PROF 2

struct itimerval {
  struct timeval it_interval;
  struct timeval it_value;
};

#if __PURE_DEFAULT
/* The obsolete time-zone argument of gettimeofday/settimeofday. */
struct timezone {
  int tz_minuteswest;
  int tz_dsttime;
};

#define timerisset(tvp) ((tvp)->tv_sec || (tvp)->tv_usec)
#define timerclear(tvp) ((tvp)->tv_sec = (tvp)->tv_usec = 0)
#define timercmp(a, b, CMP) \
  (((a)->tv_sec == (b)->tv_sec) ? ((a)->tv_usec CMP (b)->tv_usec) : ((a)->tv_sec CMP (b)->tv_sec))
#define timeradd(a, b, res)                          \
  do {                                               \
    (res)->tv_sec = (a)->tv_sec + (b)->tv_sec;       \
    (res)->tv_usec = (a)->tv_usec + (b)->tv_usec;    \
    if ((res)->tv_usec >= 1000000) {                 \
      (res)->tv_sec++;                               \
      (res)->tv_usec -= 1000000;                     \
    }                                                \
  } while (0)
#define timersub(a, b, res)                          \
  do {                                               \
    (res)->tv_sec = (a)->tv_sec - (b)->tv_sec;       \
    (res)->tv_usec = (a)->tv_usec - (b)->tv_usec;    \
    if ((res)->tv_usec < 0) {                        \
      (res)->tv_sec--;                               \
      (res)->tv_usec += 1000000;                     \
    }                                                \
  } while (0)
#define TIMEVAL_TO_TIMESPEC(tv, ts) \
  do { (ts)->tv_sec = (tv)->tv_sec; (ts)->tv_nsec = (tv)->tv_usec * 1000; } while (0)
#define TIMESPEC_TO_TIMEVAL(tv, ts) \
  do { (tv)->tv_sec = (ts)->tv_sec; (tv)->tv_usec = (ts)->tv_nsec / 1000; } while (0)
#endif

__PURE_BEGIN_DECLS

int getitimer(int __which, struct itimerval *__value);
int setitimer(int __which, const struct itimerval *__PURE_RESTRICT __value,
              struct itimerval *__PURE_RESTRICT __old_value);
int utimes(const char *__path, const struct timeval __times[2]);

#if __PURE_DEFAULT
int gettimeofday(struct timeval *__PURE_RESTRICT __tv, struct timezone *__PURE_RESTRICT __tz);
int settimeofday(const struct timeval *__tv, const struct timezone *__tz);
int futimes(int __fd, const struct timeval __times[2]);
int lutimes(const char *__path, const struct timeval __times[2]);
int futimesat(int __dirfd, const char *__path, const struct timeval __times[2]);
int adjtime(const struct timeval *__delta, struct timeval *__olddelta);
#else
int gettimeofday(struct timeval *__PURE_RESTRICT __tv, void *__PURE_RESTRICT __tz);
#endif

__PURE_END_DECLS

#endif
