/* Local time from POSIX TZ strings: offsets, names, DST transitions (both hemispheres),
   mktime's inverse and tm_isdst handling, tzset's globals. An empty TZ means UTC. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../check.h"

static struct tm local(time_t t) {
  struct tm tm;
  memset(&tm, 0, sizeof tm);
  CHECK(localtime_r(&t, &tm) == &tm);
  return tm;
}

int main(void) {
  setenv("TZ", "", 1);
  tzset();
  struct tm tm = local(1709647629);
  CHECK_INT(tm.tm_hour, 14);
  CHECK_INT(tm.tm_gmtoff, 0);

  setenv("TZ", "EST5EDT,M3.2.0,M11.1.0", 1);
  tzset();
  CHECK_STR(tzname[0], "EST");
  CHECK_STR(tzname[1], "EDT");
  CHECK_INT(timezone, 5 * 3600);
  CHECK_INT(daylight, 1);

  tm = local(1709647629); /* 2024-03-05 14:07:09 UTC: winter */
  CHECK_INT(tm.tm_hour, 9);
  CHECK_INT(tm.tm_isdst, 0);
  CHECK_INT(tm.tm_gmtoff, -5 * 3600);
  CHECK_STR(tm.tm_zone, "EST");

  /* DST starts Sunday 2024-03-10 at 02:00 EST = 07:00 UTC. */
  time_t start = 1710028800 + 7 * 3600;
  tm = local(start - 1);
  CHECK_INT(tm.tm_hour, 1);
  CHECK_INT(tm.tm_min, 59);
  CHECK_INT(tm.tm_isdst, 0);
  tm = local(start);
  CHECK_INT(tm.tm_hour, 3);
  CHECK_INT(tm.tm_min, 0);
  CHECK_INT(tm.tm_isdst, 1);
  CHECK_STR(tm.tm_zone, "EDT");
  CHECK_INT(tm.tm_gmtoff, -4 * 3600);

  /* DST ends Sunday 2024-11-03 at 02:00 EDT = 06:00 UTC. */
  time_t end = 1730592000 + 6 * 3600;
  tm = local(end - 1);
  CHECK_INT(tm.tm_hour, 1);
  CHECK_INT(tm.tm_min, 59);
  CHECK_INT(tm.tm_isdst, 1);
  tm = local(end);
  CHECK_INT(tm.tm_hour, 1);
  CHECK_INT(tm.tm_min, 0);
  CHECK_INT(tm.tm_isdst, 0);

  /* mktime: 2024-07-04 12:00 local, DST unknown, is 16:00 UTC. */
  struct tm in;
  memset(&in, 0, sizeof in);
  in.tm_year = 124;
  in.tm_mon = 6;
  in.tm_mday = 4;
  in.tm_hour = 12;
  in.tm_isdst = -1;
  CHECK_INT(mktime(&in), 1720051200 + 16 * 3600);
  CHECK_INT(in.tm_isdst, 1);
  CHECK_INT(in.tm_wday, 4);
  CHECK_INT(in.tm_yday, 185);
  /* The same wall time declared as standard time is an hour later. */
  memset(&in, 0, sizeof in);
  in.tm_year = 124;
  in.tm_mon = 6;
  in.tm_mday = 4;
  in.tm_hour = 12;
  in.tm_isdst = 0;
  CHECK_INT(mktime(&in), 1720051200 + 17 * 3600);
  CHECK_INT(in.tm_hour, 13);
  CHECK_INT(in.tm_isdst, 1);
  /* Round trips across the year. */
  int bad = 0;
  for (time_t t = 1704067200; t < 1735689600; t += 3600 * 7 + 13) {
    struct tm x = local(t);
    if (mktime(&x) != t) bad++;
  }
  CHECK_INT(bad, 0);

  /* Southern hemisphere: DST across the new year. */
  setenv("TZ", "AEST-10AEDT,M10.1.0,M4.1.0/3", 1);
  tm = local(1704067200); /* 2024-01-01 00:00 UTC */
  CHECK_INT(tm.tm_isdst, 1);
  CHECK_INT(tm.tm_gmtoff, 11 * 3600);
  CHECK_INT(tm.tm_hour, 11);
  CHECK_STR(tm.tm_zone, "AEDT");
  tm = local(1719792000); /* 2024-07-01 */
  CHECK_INT(tm.tm_isdst, 0);
  CHECK_INT(tm.tm_gmtoff, 10 * 3600);

  /* Quoted names and minutes; no DST. */
  setenv("TZ", "<+0530>-5:30", 1);
  tm = local(0);
  CHECK_INT(tm.tm_hour, 5);
  CHECK_INT(tm.tm_min, 30);
  CHECK_INT(tm.tm_gmtoff, 19800);
  CHECK_STR(tm.tm_zone, "+0530");
  char buf[64];
  CHECK_INT(strftime(buf, sizeof buf, "%H:%M %z %Z", &tm), 17);
  CHECK_STR(buf, "05:30 +0530 +0530");
  tzset();
  CHECK_INT(daylight, 0);
  CHECK_INT(timezone, -19800);

  /* Julian-day rules: J60 is 1 March in every year. */
  setenv("TZ", "XST3XDT,J60/0,J300/0", 1);
  tm = local(951868800 + 3 * 3600 - 1); /* 2000-03-01 00:00 XST minus one second */
  CHECK_INT(tm.tm_isdst, 0);
  tm = local(951868800 + 3 * 3600);
  CHECK_INT(tm.tm_isdst, 1);

  /* Neither a zoneinfo file nor a POSIX TZ: UTC. */
  setenv("TZ", "No/Such_Zone", 1);
  tm = local(0);
  CHECK_INT(tm.tm_gmtoff, 0);
  CHECK_INT(tm.tm_hour, 0);

  /* ctime uses local time. */
  setenv("TZ", "EST5", 1);
  time_t t0 = 0;
  CHECK_STR(ctime(&t0), "Wed Dec 31 19:00:00 1969\n");
  return check_done();
}
