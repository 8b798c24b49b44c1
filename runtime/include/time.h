/* time.h: time types and functions. */
#ifndef _TIME_H
#define _TIME_H
#include <features.h>
#include <bits/types/clock_t.h>
#include <bits/types/size_t.h>
#include <bits/types/struct_timespec.h>
#include <bits/types/struct_tm.h>
#include <bits/types/time_t.h>
#define __need_NULL
#include <stddef.h>

#define CLOCKS_PER_SEC 1000000l
#define TIME_UTC 1

#if __PURE_POSIX
#include <bits/types/clockid_t.h>
#include <bits/types/locale_t.h>
#include <bits/types/pid_t.h>
#include <bits/types/struct_itimerspec.h>
#include <bits/types/timer_t.h>

#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3
#define CLOCK_MONOTONIC_RAW 4
#define CLOCK_REALTIME_COARSE 5
#define CLOCK_MONOTONIC_COARSE 6
#define CLOCK_BOOTTIME 7
#define CLOCK_REALTIME_ALARM 8
#define CLOCK_BOOTTIME_ALARM 9
#define CLOCK_TAI 11
#define TIMER_ABSTIME 0x01

#include <bits/types/struct_sigevent.h>
#endif

__PURE_BEGIN_DECLS

char *asctime(const struct tm *__tm);
clock_t clock(void);
char *ctime(const time_t *__timer);
double difftime(time_t __t1, time_t __t0);
struct tm *gmtime(const time_t *__timer);
struct tm *localtime(const time_t *__timer);
time_t mktime(struct tm *__tm);
size_t strftime(char *__PURE_RESTRICT __s, size_t __max, const char *__PURE_RESTRICT __format,
                const struct tm *__PURE_RESTRICT __tm);
time_t time(time_t *__timer);
int timespec_get(struct timespec *__ts, int __base);
int timespec_getres(struct timespec *__ts, int __base);

#if __PURE_POSIX || (defined(__STDC_VERSION__) && __STDC_VERSION__ > 201710L)
struct tm *gmtime_r(const time_t *__PURE_RESTRICT __timer, struct tm *__PURE_RESTRICT __result);
struct tm *localtime_r(const time_t *__PURE_RESTRICT __timer, struct tm *__PURE_RESTRICT __result);
#endif

#if __PURE_POSIX
char *asctime_r(const struct tm *__PURE_RESTRICT __tm, char *__PURE_RESTRICT __buf);
char *ctime_r(const time_t *__timer, char *__buf);
int clock_getcpuclockid(pid_t __pid, clockid_t *__clock_id);
int clock_getres(clockid_t __clock_id, struct timespec *__res);
int clock_gettime(clockid_t __clock_id, struct timespec *__tp);
int clock_nanosleep(clockid_t __clock_id, int __flags, const struct timespec *__request,
                    struct timespec *__remain);
int clock_settime(clockid_t __clock_id, const struct timespec *__tp);
int nanosleep(const struct timespec *__request, struct timespec *__remain);
size_t strftime_l(char *__PURE_RESTRICT __s, size_t __max, const char *__PURE_RESTRICT __format,
                  const struct tm *__PURE_RESTRICT __tm, locale_t __locale);
int timer_create(clockid_t __clock_id, struct sigevent *__PURE_RESTRICT __sevp,
                 timer_t *__PURE_RESTRICT __timerid);
int timer_delete(timer_t __timerid);
int timer_getoverrun(timer_t __timerid);
int timer_gettime(timer_t __timerid, struct itimerspec *__value);
int timer_settime(timer_t __timerid, int __flags, const struct itimerspec *__PURE_RESTRICT __value,
                  struct itimerspec *__PURE_RESTRICT __old_value);
void tzset(void);
extern char *tzname[2];
#endif

#if __PURE_XOPEN
extern int daylight;
extern long timezone;
char *strptime(const char *__PURE_RESTRICT __s, const char *__PURE_RESTRICT __format,
               struct tm *__PURE_RESTRICT __tm);
/* getdate: the error (1 to 8) of the last failed call. */
extern int getdate_err;
struct tm *getdate(const char *__string);
#endif
#if __PURE_GNU
int getdate_r(const char *__PURE_RESTRICT __string, struct tm *__PURE_RESTRICT __result);
#endif
#if __PURE_GNU
char *strptime_l(const char *__PURE_RESTRICT __s, const char *__PURE_RESTRICT __format,
                 struct tm *__PURE_RESTRICT __tm, locale_t __locale);
#endif

#if __PURE_DEFAULT || (defined(__STDC_VERSION__) && __STDC_VERSION__ > 201710L)
time_t timegm(struct tm *__tm);
#endif
#if __PURE_DEFAULT
time_t timelocal(struct tm *__tm);
int stime(const time_t *__t);
#endif

__PURE_END_DECLS

#endif
