/* Time zones from TZif files (RFC 8536): a version-2 file and a version-1 file written
   here byte by byte, read through TZ=name with TZDIR, TZ=:name and TZ=/path; transitions,
   the time before the first one, the POSIX footer after the last, mktime in gaps and
   overlaps, tzname/timezone/daylight, and files that must be rejected. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "check.h"

static unsigned char buf[4096];
static size_t len;

static void put(const void *p, size_t n) { memcpy(buf + len, p, n), len += n; }
static void be(unsigned long long v, int bytes) {
  for (int i = bytes - 1; i >= 0; i--) buf[len++] = (unsigned char)(v >> (8 * i));
}

/* Types: 0 = LMT +00:30 (before the first transition), 1 = XST +01:00, 2 = XDT +02:00.
   Transitions: 1980-01-01 00:00Z to XST; 2000-03-26 01:00Z to XDT; 2000-10-29 01:00Z
   to XST. After that the footer XST-1XDT,M3.5.0,M10.5.0/3 (EU-style rules). */
static const long long times[] = {315532800, 954032400, 972781200};
static const unsigned char idx[] = {1, 2, 1};
static const char chars[] = "LMT\0XST\0XDT"; /* 12 bytes with the final NUL */

static void block(int tbytes, int version) {
  put("TZif", 4);
  buf[len++] = version == 1 ? 0 : '0' + version;
  memset(buf + len, 0, 15), len += 15;
  be(0, 4), be(0, 4), be(0, 4), be(3, 4), be(3, 4), be(sizeof chars, 4);
  for (int i = 0; i < 3; i++) be((unsigned long long)times[i], tbytes);
  put(idx, 3);
  long offs[3] = {1800, 3600, 7200};
  int dst[3] = {0, 0, 1}, name[3] = {0, 4, 8};
  for (int i = 0; i < 3; i++) be((unsigned long)offs[i], 4), buf[len++] = dst[i], buf[len++] = name[i];
  put(chars, sizeof chars);
}

static void write_file(const char *path, int version, const char *footer) {
  len = 0;
  block(4, version);
  if (version >= 2) {
    block(8, version);
    buf[len++] = '\n';
    put(footer, strlen(footer));
    buf[len++] = '\n';
  }
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  fwrite(buf, 1, len, f);
  fclose(f);
}

static struct tm local(time_t t) {
  struct tm tm;
  memset(&tm, 0, sizeof tm);
  CHECK(localtime_r(&t, &tm) == &tm);
  return tm;
}

static time_t make(int y, int mon, int d, int h, int min, int isdst, struct tm *out) {
  struct tm tm;
  memset(&tm, 0, sizeof tm);
  tm.tm_year = y - 1900, tm.tm_mon = mon - 1, tm.tm_mday = d, tm.tm_hour = h, tm.tm_min = min;
  tm.tm_isdst = isdst;
  time_t t = mktime(&tm);
  if (out) *out = tm;
  return t;
}

int main(void) {
  char dir[] = "tzdir-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  char cwd[512], zdir[600], path[700];
  CHECK(getcwd(cwd, sizeof cwd) != NULL);
  snprintf(zdir, sizeof zdir, "%s/%s", cwd, dir);
  snprintf(path, sizeof path, "%s/Test_Zone", zdir);
  write_file(path, 2, "XST-1XDT,M3.5.0,M10.5.0/3");
  setenv("TZDIR", zdir, 1);

  const char *names[] = {"Test_Zone", ":Test_Zone", path};
  for (int n = 0; n < 3; n++) {
    setenv("TZ", names[n], 1);
    tzset();
    CHECK_STR(tzname[0], "XST");
    CHECK_STR(tzname[1], "XDT");
    CHECK_INT(timezone, -3600);
    CHECK_INT(daylight, 1);

    struct tm tm = local(0); /* before the first transition: type 0 */
    CHECK_INT(tm.tm_gmtoff, 1800);
    CHECK_INT(tm.tm_min, 30);
    CHECK_STR(tm.tm_zone, "LMT");
    CHECK_INT(tm.tm_isdst, 0);

    tm = local(954032400 - 1); /* 2000-03-26 01:59:59 XST */
    CHECK_INT(tm.tm_hour, 1);
    CHECK_STR(tm.tm_zone, "XST");
    tm = local(954032400); /* 03:00:00 XDT */
    CHECK_INT(tm.tm_hour, 3);
    CHECK_INT(tm.tm_isdst, 1);
    CHECK_INT(tm.tm_gmtoff, 7200);
    CHECK_STR(tm.tm_zone, "XDT");
    tm = local(972781200); /* 2000-10-29 01:00Z: back to XST, 02:00 */
    CHECK_INT(tm.tm_hour, 2);
    CHECK_INT(tm.tm_isdst, 0);
  }

  /* After the last transition the footer rules: 2024-03-31 01:00Z starts XDT,
     2024-10-27 01:00Z ends it. */
  setenv("TZ", "Test_Zone", 1);
  struct tm tm = local(1711846800 - 1);
  CHECK_INT(tm.tm_isdst, 0);
  CHECK_INT(tm.tm_hour, 1);
  tm = local(1711846800);
  CHECK_INT(tm.tm_isdst, 1);
  CHECK_INT(tm.tm_hour, 3);
  CHECK_STR(tm.tm_zone, "XDT");
  tm = local(1729990800);
  CHECK_INT(tm.tm_isdst, 0);
  CHECK_STR(tm.tm_zone, "XST");

  /* mktime: summer and winter, inside the transitions and under the footer. */
  CHECK_INT(make(2000, 7, 1, 12, 0, -1, &tm), 962445600); /* 10:00Z */
  CHECK_INT(tm.tm_isdst, 1);
  CHECK_INT(make(2024, 1, 15, 12, 0, -1, &tm), 1705316400); /* 11:00Z */
  CHECK_INT(tm.tm_isdst, 0);
  /* In the spring gap (02:30 does not exist) the earlier type applies: 01:30Z, shown as 03:30. */
  CHECK_INT(make(2000, 3, 26, 2, 30, -1, &tm), 954034200);
  CHECK_INT(tm.tm_hour, 3);
  CHECK_INT(tm.tm_isdst, 1);
  /* In the autumn overlap 02:30 happens twice: -1 gives standard time, 1 daylight. */
  CHECK_INT(make(2000, 10, 29, 2, 30, -1, NULL), 972783000);
  CHECK_INT(make(2000, 10, 29, 2, 30, 1, NULL), 972779400);
  CHECK_INT(make(2000, 10, 29, 2, 30, 0, NULL), 972783000);
  /* Summer wall time declared standard: read with the standard offset. */
  CHECK_INT(make(2000, 7, 1, 12, 0, 0, &tm), 962449200);
  CHECK_INT(tm.tm_hour, 13);
  /* Round trips over the transitions and the footer years. */
  int bad = 0;
  for (long long t = 900000000; t < 1750000000; t += 86400 * 3 + 3607) {
    time_t tt = (time_t)t;
    struct tm x = local(tt);
    if (mktime(&x) != tt) bad++;
  }
  CHECK_INT(bad, 0);
  char out[64];
  tm = local(954032400);
  CHECK_INT(strftime(out, sizeof out, "%H:%M %z %Z", &tm), 15);
  CHECK_STR(out, "03:00 +0200 XDT");

  /* A version-1 file: 32-bit times, no footer; the last type stays. */
  snprintf(path, sizeof path, "%s/V1_Zone", zdir);
  write_file(path, 1, "");
  setenv("TZ", "V1_Zone", 1);
  tm = local(1719835200); /* 2024-07-01: no footer, so the last transition's XST */
  CHECK_INT(tm.tm_gmtoff, 3600);
  CHECK_INT(tm.tm_isdst, 0);
  tm = local(954032400 + 10);
  CHECK_INT(tm.tm_gmtoff, 7200);

  /* Rejected: a truncated file, a wrong magic, a missing file, names leaving TZDIR.
     Each means UTC. */
  snprintf(path, sizeof path, "%s/Truncated", zdir);
  write_file(path, 2, "XST-1XDT,M3.5.0,M10.5.0/3");
  FILE *f = fopen(path, "r+b");
  CHECK(f != NULL);
  CHECK_INT(ftruncate(fileno(f), 60), 0);
  fclose(f);
  snprintf(path, sizeof path, "%s/Bad_Magic", zdir);
  f = fopen(path, "wb");
  fputs("TZiX not a zone file at all, just text padding out to fifty bytes...", f);
  fclose(f);
  const char *bad_names[] = {"Truncated", "Bad_Magic", "Missing_Zone", "../", "../tzdir/Test_Zone"};
  for (int i = 0; i < 5; i++) {
    setenv("TZ", bad_names[i], 1);
    tm = local(954032400);
    CHECK_INT(tm.tm_gmtoff, 0);
    CHECK_STR(tm.tm_zone, "UTC");
  }

  /* TZ unset means /etc/localtime, the same as naming it. */
  unsetenv("TZ");
  struct tm a = local(1719835200);
  setenv("TZ", ":/etc/localtime", 1);
  struct tm b = local(1719835200);
  CHECK_INT(a.tm_gmtoff, b.tm_gmtoff);
  CHECK_INT(a.tm_hour, b.tm_hour);

  /* A real zone, when tzdata is installed: Paris is CEST (+2) on 2024-07-01 12:00Z and
     CET (+1) in January; New York EDT (-4) in July. */
  if (access("/usr/share/zoneinfo/Europe/Paris", R_OK) == 0) {
    unsetenv("TZDIR");
    setenv("TZ", "Europe/Paris", 1);
    tm = local(1719835200);
    CHECK_INT(tm.tm_hour, 14);
    CHECK_STR(tm.tm_zone, "CEST");
    tm = local(1704110400);
    CHECK_INT(tm.tm_gmtoff, 3600);
    CHECK_STR(tm.tm_zone, "CET");
    setenv("TZ", "America/New_York", 1);
    tm = local(1719835200);
    CHECK_INT(tm.tm_hour, 8);
    CHECK_STR(tm.tm_zone, "EDT");
  }
  return check_done();
}
