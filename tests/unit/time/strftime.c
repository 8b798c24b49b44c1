/* strftime of a fixed time with every conversion (C locale), expected strings written
   from the C and POSIX definitions; ISO 8601 week edge cases; flags; strptime. */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../check.h"

static char out[256];

static const char *fmt(const char *format, const struct tm *tm) {
  size_t n = strftime(out, sizeof out, format, tm);
  if (n == 0 && format[0]) return "(zero)";
  return out;
}

static struct tm utc(time_t t) {
  struct tm tm;
  gmtime_r(&t, &tm);
  return tm;
}

int main(void) {
  setenv("TZ", "UTC0", 1);
  tzset();
  struct tm tm = utc(1709647629); /* Tuesday 2024-03-05 14:07:09 UTC, day 65 of a leap year */
  CHECK_STR(fmt("%a", &tm), "Tue");
  CHECK_STR(fmt("%A", &tm), "Tuesday");
  CHECK_STR(fmt("%b", &tm), "Mar");
  CHECK_STR(fmt("%B", &tm), "March");
  CHECK_STR(fmt("%c", &tm), "Tue Mar  5 14:07:09 2024");
  CHECK_STR(fmt("%C", &tm), "20");
  CHECK_STR(fmt("%d", &tm), "05");
  CHECK_STR(fmt("%D", &tm), "03/05/24");
  CHECK_STR(fmt("%e", &tm), " 5");
  CHECK_STR(fmt("%F", &tm), "2024-03-05");
  CHECK_STR(fmt("%g", &tm), "24");
  CHECK_STR(fmt("%G", &tm), "2024");
  CHECK_STR(fmt("%h", &tm), "Mar");
  CHECK_STR(fmt("%H", &tm), "14");
  CHECK_STR(fmt("%I", &tm), "02");
  CHECK_STR(fmt("%j", &tm), "065");
  CHECK_STR(fmt("%m", &tm), "03");
  CHECK_STR(fmt("%M", &tm), "07");
  CHECK_STR(fmt("%n", &tm), "\n");
  CHECK_STR(fmt("%p", &tm), "PM");
  CHECK_STR(fmt("%r", &tm), "02:07:09 PM");
  CHECK_STR(fmt("%R", &tm), "14:07");
  CHECK_STR(fmt("%S", &tm), "09");
  CHECK_STR(fmt("%t", &tm), "\t");
  CHECK_STR(fmt("%T", &tm), "14:07:09");
  CHECK_STR(fmt("%u", &tm), "2");
  CHECK_STR(fmt("%U", &tm), "09"); /* the 9th Sunday of 2024 is 3 March */
  CHECK_STR(fmt("%V", &tm), "10"); /* 2024's ISO week 1 starts Monday 1 January */
  CHECK_STR(fmt("%w", &tm), "2");
  CHECK_STR(fmt("%W", &tm), "10");
  CHECK_STR(fmt("%x", &tm), "03/05/24");
  CHECK_STR(fmt("%X", &tm), "14:07:09");
  CHECK_STR(fmt("%y", &tm), "24");
  CHECK_STR(fmt("%Y", &tm), "2024");
  CHECK_STR(fmt("%z", &tm), "+0000");
  CHECK_STR(fmt("%Z", &tm), "GMT");
  CHECK_STR(fmt("%%", &tm), "%");
  CHECK_STR(fmt("%Ec|%EC|%Ex|%EX|%Ey|%EY", &tm), "Tue Mar  5 14:07:09 2024|20|03/05/24|14:07:09|24|2024");
  CHECK_STR(fmt("%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy", &tm),
            "05| 5|14|02|03|07|09|2|09|10|2|10|24");
  CHECK_STR(fmt("%s", &tm), "1709647629");
  CHECK_STR(fmt("%k|%l|%P", &tm), "14| 2|pm");
  CHECK_STR(fmt("plain text", &tm), "plain text");

  /* Flags and widths. */
  CHECK_STR(fmt("%-d|%_m|%-j|%^a|%^B|%10A|%-10A|", &tm), "5| 3|65|TUE|MARCH|   Tuesday|Tuesday|");
  CHECK_STR(fmt("%+6Y|%06Y|%+4Y|%3d", &tm), "+02024|002024|2024|005");
  CHECK_STR(fmt("%+12F", &tm), "+02024-03-05"); /* 12 characters in all */

  /* ISO 8601 week-based year at the year boundaries. */
  tm = utc(1609459200); /* Friday 2021-01-01: still week 53 of 2020 */
  CHECK_STR(fmt("%G-W%V-%u %g", &tm), "2020-W53-5 20");
  tm = utc(1735516800); /* Monday 2024-12-30: week 1 of 2025 */
  CHECK_STR(fmt("%G-W%V-%u", &tm), "2025-W01-1");
  tm = utc(1230508800); /* Monday 2008-12-29 */
  CHECK_STR(fmt("%G-W%V-%u", &tm), "2009-W01-1");
  tm = utc(1104537600); /* Saturday 2005-01-01: week 53 of 2004 */
  CHECK_STR(fmt("%G-W%V-%u|%U|%W", &tm), "2004-W53-6|00|00");
  tm = utc(0);
  CHECK_STR(fmt("%I %p|%l", &tm), "12 AM|12");

  /* Too small a buffer gives 0; exactly enough room works. */
  tm = utc(1709647629);
  char small[5];
  CHECK_INT(strftime(small, sizeof small, "%Y-%m", &tm), 0);
  CHECK_INT(strftime(small, sizeof small, "%Y", &tm), 4);
  CHECK_STR(small, "2024");

  /* Out-of-range fields do not crash. */
  struct tm bad = tm;
  bad.tm_mon = 40;
  bad.tm_wday = -3;
  CHECK(strftime(out, sizeof out, "%a %b %c", &bad) > 0);

  /* strptime */
  struct tm p;
  memset(&p, 0, sizeof p);
  char *end = strptime("2024-03-05 14:07:09 rest", "%Y-%m-%d %H:%M:%S", &p);
  CHECK(end != NULL);
  if (end) CHECK_STR(end, " rest");
  CHECK_INT(p.tm_year, 124);
  CHECK_INT(p.tm_mon, 2);
  CHECK_INT(p.tm_mday, 5);
  CHECK_INT(p.tm_hour, 14);
  CHECK_INT(p.tm_min, 7);
  CHECK_INT(p.tm_sec, 9);
  CHECK_INT(p.tm_wday, 2);
  CHECK_INT(p.tm_yday, 64);
  memset(&p, 0, sizeof p);
  CHECK(strptime("Tuesday, March 5 2:07 pm", "%A, %B %d %I:%M %p", &p) != NULL);
  CHECK_INT(p.tm_wday, 2);
  CHECK_INT(p.tm_mon, 2);
  CHECK_INT(p.tm_hour, 14);
  memset(&p, 0, sizeof p);
  CHECK(strptime("68 69", "%y", &p) != NULL);
  CHECK_INT(p.tm_year, 2068 - 1900);
  CHECK(strptime("69", "%y", &p) != NULL);
  CHECK_INT(p.tm_year, 69);
  CHECK(strptime("13/01/24", "%D", &p) == NULL); /* month 13 */
  CHECK(strptime("2024 x", "%Y y", &p) == NULL);
  return check_done();
}
