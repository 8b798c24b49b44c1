// Broken-down time conversions on the proleptic Gregorian calendar (see civil.h).
#include "time/civil.h"

#include <limits.h>

namespace pure {

bool fill_tm(long long local, struct tm* tm) {
  long long days = floor_div(local, 86400);
  long long secs = local - days * 86400;
  Civil c = civil_from_days(days);
  if (c.year - 1900 > INT_MAX || c.year - 1900 < INT_MIN) return false;
  tm->tm_sec = static_cast<int>(secs % 60);
  tm->tm_min = static_cast<int>(secs / 60 % 60);
  tm->tm_hour = static_cast<int>(secs / 3600);
  tm->tm_mday = c.day;
  tm->tm_mon = c.month - 1;
  tm->tm_year = static_cast<int>(c.year - 1900);
  tm->tm_wday = static_cast<int>(floor_mod(days + 4, 7));  // 1970-01-01 was a Thursday
  tm->tm_yday = days_before_month(c.month - 1, is_leap(c.year)) + c.day - 1;
  return true;
}

long long tm_to_seconds(const struct tm* tm) {
  long long year = tm->tm_year + 1900LL;
  long long mon = tm->tm_mon;
  year += floor_div(mon, 12);
  mon = floor_mod(mon, 12);
  long long days = days_from_civil(year, static_cast<int>(mon) + 1, 1) + tm->tm_mday - 1LL;
  return days * 86400 + tm->tm_hour * 3600LL + tm->tm_min * 60LL + tm->tm_sec;
}

namespace {
// 52 or 53: a year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a
// leap year. p(y) is the weekday (0 = Sunday) of 31 December of year y.
int iso_weeks_in_year(long long y) {
  auto p = [](long long v) { return floor_mod(v + floor_div(v, 4) - floor_div(v, 100) + floor_div(v, 400), 7); };
  return 52 + (p(y) == 4 || p(y - 1) == 3);
}
}  // namespace

void iso_week(const struct tm* tm, long long* year, int* week) {
  long long y = tm->tm_year + 1900LL;
  int wday = tm->tm_wday == 0 ? 7 : tm->tm_wday;  // ISO: Monday 1 .. Sunday 7
  int w = (tm->tm_yday + 1 - wday + 10) / 7;
  if (w < 1) {
    y--;
    w = iso_weeks_in_year(y);
  } else if (w > iso_weeks_in_year(y)) {
    y++;
    w = 1;
  }
  *year = y;
  *week = w;
}

}  // namespace pure
