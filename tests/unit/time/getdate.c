/* getdate: templates from DATEMSK, POSIX's error codes 1..8, and the rules that fill in
   what the input leaves out from the current time. TZ is UTC. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../check.h"

static char dir[64], templates[96];

int main(void) {
  setenv("TZ", "UTC0", 1);
  tzset();
  snprintf(dir, sizeof dir, "/tmp/pure-getdate-%d", (int)getpid());
  snprintf(templates, sizeof templates, "%s/templates", dir);
  CHECK_INT(mkdir(dir, 0700), 0);

  unsetenv("DATEMSK");
  CHECK(getdate("2024-01-01") == NULL);
  CHECK_INT(getdate_err, 1);
  setenv("DATEMSK", "", 1);
  CHECK(getdate("2024-01-01") == NULL);
  CHECK_INT(getdate_err, 1);
  setenv("DATEMSK", "/nonexistent/pure-templates", 1);
  CHECK(getdate("2024-01-01") == NULL);
  CHECK_INT(getdate_err, 2);
  setenv("DATEMSK", dir, 1); /* a directory is not a template file */
  CHECK(getdate("2024-01-01") == NULL);
  CHECK_INT(getdate_err, 4);

  FILE *f = fopen(templates, "w");
  fputs("%Y-%m-%d %H:%M:%S\n%m/%d/%Y\n%H:%M\n%A\n%B\n", f);
  fclose(f);
  setenv("DATEMSK", templates, 1);

  struct tm *tm = getdate("2024-02-29 12:34:56");
  CHECK(tm != NULL);
  if (tm) {
    CHECK_INT(tm->tm_year, 124);
    CHECK_INT(tm->tm_mon, 1);
    CHECK_INT(tm->tm_mday, 29);
    CHECK_INT(tm->tm_hour, 12);
    CHECK_INT(tm->tm_min, 34);
    CHECK_INT(tm->tm_sec, 56);
    CHECK_INT(tm->tm_wday, 4); /* a Thursday */
    CHECK_INT(tm->tm_yday, 59);
  }
  tm = getdate("  2024-02-29 12:34:56  "); /* surrounding white space */
  CHECK(tm != NULL);

  CHECK(getdate("no date here") == NULL);
  CHECK_INT(getdate_err, 7);
  CHECK(getdate("02/30/2024") == NULL); /* matches a template, but no such day */
  CHECK_INT(getdate_err, 8);
  CHECK(getdate("2024-02-29 12:34:56 extra") == NULL);
  CHECK_INT(getdate_err, 7);

  /* A date without a time: the current time of day. */
  time_t before = time(NULL);
  tm = getdate("12/25/2023");
  time_t after = time(NULL);
  CHECK(tm != NULL);
  if (tm) {
    CHECK_INT(tm->tm_year, 123);
    CHECK_INT(tm->tm_mon, 11);
    CHECK_INT(tm->tm_mday, 25);
    long secs = tm->tm_hour * 3600L + tm->tm_min * 60 + tm->tm_sec;
    CHECK(secs >= before % 86400 && secs <= after % 86400 + (after % 86400 < before % 86400 ? 86400 : 0));
  }

  /* A time without a date: today when the hour has not passed, else tomorrow. */
  time_t now = time(NULL);
  struct tm today;
  gmtime_r(&now, &today);
  tm = getdate("23:59");
  CHECK(tm != NULL);
  if (tm) {
    CHECK_INT(tm->tm_mday, today.tm_mday);
    CHECK_INT(tm->tm_hour, 23);
    CHECK_INT(tm->tm_min, 59);
    CHECK_INT(tm->tm_sec, 0);
  }
  tm = getdate("00:30");
  CHECK(tm != NULL);
  if (tm && today.tm_hour > 0) {
    time_t tomorrow = now + 86400;
    struct tm t2;
    gmtime_r(&tomorrow, &t2);
    CHECK_INT(tm->tm_mday, t2.tm_mday);
    CHECK_INT(tm->tm_hour, 0);
    CHECK_INT(tm->tm_min, 30);
  }

  /* A weekday alone: the next such day, today included. */
  static const char *days[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  for (int d = 0; d < 7; d++) {
    now = time(NULL);
    gmtime_r(&now, &today);
    tm = getdate(days[d]);
    CHECK(tm != NULL);
    if (!tm) continue;
    CHECK_INT(tm->tm_wday, d);
    int ahead = (d - today.tm_wday + 7) % 7;
    time_t then = now + ahead * 86400L;
    struct tm want;
    gmtime_r(&then, &want);
    CHECK_INT(tm->tm_mday, want.tm_mday);
    CHECK_INT(tm->tm_mon, want.tm_mon);
  }

  /* A month alone: the first of the next such month, this one included. */
  now = time(NULL);
  gmtime_r(&now, &today);
  tm = getdate("January");
  CHECK(tm != NULL);
  if (tm) {
    CHECK_INT(tm->tm_mon, 0);
    CHECK_INT(tm->tm_mday, 1);
    CHECK_INT(tm->tm_year, today.tm_mon == 0 ? today.tm_year : today.tm_year + 1);
  }

  /* getdate_r reports the error instead of setting getdate_err. */
  struct tm out;
  getdate_err = 0;
  CHECK_INT(getdate_r("nothing", &out), 7);
  CHECK_INT(getdate_err, 0);
  CHECK_INT(getdate_r("2000-01-01 00:00:00", &out), 0);
  CHECK_INT(out.tm_wday, 6);

  remove(templates);
  rmdir(dir);
  return check_done();
}
