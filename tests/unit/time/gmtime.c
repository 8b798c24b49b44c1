/* gmtime / timegm against the POSIX "seconds since the Epoch" formula, fixed dates worked
   out by hand, and round trips over a wide range including negative times. */
#include <errno.h>
#include <limits.h>
#include <time.h>

#include "../check.h"

/* POSIX XBD 4.16: valid for tm_year >= 70 with C's truncating division. */
static long long posix_seconds(const struct tm *tm) {
  long long y = tm->tm_year;
  return tm->tm_sec + tm->tm_min * 60LL + tm->tm_hour * 3600LL + tm->tm_yday * 86400LL +
         (y - 70) * 31536000LL + ((y - 69) / 4) * 86400LL - ((y - 1) / 100) * 86400LL +
         ((y + 299) / 400) * 86400LL;
}

static void check_date(time_t t, int year, int mon, int mday, int hour, int min, int sec, int wday, int yday) {
  struct tm tm;
  CHECK(gmtime_r(&t, &tm) == &tm);
  CHECK_INT(tm.tm_year, year - 1900);
  CHECK_INT(tm.tm_mon, mon - 1);
  CHECK_INT(tm.tm_mday, mday);
  CHECK_INT(tm.tm_hour, hour);
  CHECK_INT(tm.tm_min, min);
  CHECK_INT(tm.tm_sec, sec);
  CHECK_INT(tm.tm_wday, wday);
  CHECK_INT(tm.tm_yday, yday);
  CHECK_INT(tm.tm_isdst, 0);
  CHECK_INT(tm.tm_gmtoff, 0);
}

int main(void) {
  check_date(0, 1970, 1, 1, 0, 0, 0, 4, 0);
  check_date(-1, 1969, 12, 31, 23, 59, 59, 3, 364);
  check_date(951782400, 2000, 2, 29, 0, 0, 0, 2, 59);
  check_date(2147483647, 2038, 1, 19, 3, 14, 7, 2, 18);
  check_date(-2203891200LL, 1900, 3, 1, 0, 0, 0, 4, 59);
  check_date(253402300799LL, 9999, 12, 31, 23, 59, 59, 5, 364);
  check_date(4107542400LL, 2100, 3, 1, 0, 0, 0, 1, 59); /* 2100 is not a leap year */

  /* The formula, for times from 1970 to about 2500 in irregular steps. */
  int mismatches = 0;
  for (long long t = 0; t < 16725225600LL; t += 7654321 + (t % 977)) {
    time_t tt = (time_t)t;
    struct tm tm;
    if (!gmtime_r(&tt, &tm) || posix_seconds(&tm) != t) mismatches++;
  }
  CHECK_INT(mismatches, 0);

  /* timegm inverts gmtime, negative times included. */
  mismatches = 0;
  for (long long t = -62135596800LL; t < 32503680000LL; t += 86399 * 37 + 11) {
    time_t tt = (time_t)t;
    struct tm tm;
    if (!gmtime_r(&tt, &tm) || timegm(&tm) != tt) mismatches++;
  }
  CHECK_INT(mismatches, 0);

  /* timegm normalises out-of-range fields. */
  struct tm tm = {0};
  tm.tm_year = 2023 - 1900;
  tm.tm_mon = 0;
  tm.tm_mday = 31 + 29; /* 60 January 2023 = 1 March 2023 */
  tm.tm_hour = 25;      /* one hour into 2 March */
  CHECK_INT(timegm(&tm), 1672531200 + 60 * 86400 + 3600); /* 2023-01-01 + 60 days + 1 h */
  CHECK_INT(tm.tm_mon, 2);
  CHECK_INT(tm.tm_mday, 2);
  CHECK_INT(tm.tm_hour, 1);
  CHECK_INT(tm.tm_wday, 4);
  CHECK_INT(tm.tm_yday, 60);
  tm = (struct tm){0};
  tm.tm_year = 70;
  tm.tm_mon = -1; /* December 1969 */
  tm.tm_mday = 31;
  CHECK_INT(timegm(&tm), -86400);

  /* A year beyond int's range cannot be represented. */
  time_t huge = LONG_MAX;
  errno = 0;
  CHECK(gmtime(&huge) == NULL);
  CHECK_INT(errno, EOVERFLOW);

  /* asctime / ctime format (C standard). */
  time_t t = 1709647629; /* 2024-03-05 14:07:09 UTC */
  char buf[26];
  CHECK_STR(asctime_r(gmtime(&t), buf), "Tue Mar  5 14:07:09 2024\n");
  CHECK_STR(asctime(gmtime(&t)), "Tue Mar  5 14:07:09 2024\n");

  CHECK(difftime(10, 4) == 6.0);
  CHECK(difftime(-5, 5) == -10.0);
  return check_done();
}
