// Calendar arithmetic on the proleptic Gregorian calendar, shared by gmtime, localtime,
// mktime, timegm, strftime and strptime. Days count from 1970-01-01 (day 0).
#pragma once
#include <time.h>

namespace pure {

constexpr bool is_leap(long long y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

// Days before month mon (0..11) in a common year.
inline constexpr int kDaysBeforeMonth[13] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

constexpr int days_before_month(int mon, bool leap) { return kDaysBeforeMonth[mon] + (leap && mon > 1); }

constexpr int month_length(int mon, bool leap) {
  return kDaysBeforeMonth[mon + 1] - kDaysBeforeMonth[mon] + (leap && mon == 1);
}

constexpr long long floor_div(long long a, long long b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }
constexpr long long floor_mod(long long a, long long b) { return a - floor_div(a, b) * b; }

// Day number of year/month(1..12)/day. The year is counted from March so that the leap day
// falls at the end; 400-year eras of 146097 days make the rest exact integer arithmetic.
constexpr long long days_from_civil(long long y, int m, int d) {
  y -= m <= 2;
  long long era = floor_div(y, 400);
  long long yoe = y - era * 400;                                  // 0..399
  long long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;  // 0..365, from March 1
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;          // 0..146096
  return era * 146097 + doe - 719468;                             // 719468: 0000-03-01 to 1970-01-01
}

struct Civil {
  long long year;
  int month;  // 1..12
  int day;    // 1..31
};

constexpr Civil civil_from_days(long long z) {
  z += 719468;
  long long era = floor_div(z, 146097);
  long long doe = z - era * 146097;
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (m <= 2), m, d};
}

// Broken-down time for `local` seconds (UTC plus the zone offset). False when the year
// does not fit tm_year.
bool fill_tm(long long local, struct tm* tm);

// Seconds since the Epoch for the fields of tm read as UTC, normalising out-of-range
// fields the way mktime does (31 January + 1 day is 1 February). Cannot overflow.
long long tm_to_seconds(const struct tm* tm);

// ISO 8601 week-based year and week (1..53) of a broken-down date.
void iso_week(const struct tm* tm, long long* year, int* week);

}  // namespace pure
