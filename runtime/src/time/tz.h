// The local time zone, from the TZ environment variable in its POSIX form
// ("EST5EDT,M3.2.0,M11.1.0", "<+0330>-3:30", "CET-1CEST,M3.5.0,M10.5.0/3").
//
// Zone names (TZ="Europe/Paris", TZ=":/etc/localtime") need the zoneinfo reader, which is
// not here yet: until then an unset, empty or unreadable TZ means UTC.
#pragma once
#include <time.h>

namespace pure {

// When a DST period starts or ends within a year.
struct TzRule {
  enum Kind : char { kJulian1, kJulian0, kMonthWeekDay } kind;  // Jn, n, Mm.w.d
  int day;    // Jn: 1..365, n: 0..365, M: d (0 = Sunday)
  int month;  // M: 1..12
  int week;   // M: 1..5 (5 = last)
  long time;  // seconds after local midnight (may be negative or beyond a day)
};

struct Zone {
  const char* std_name;  // interned: stays valid for tm_zone
  const char* dst_name;  // null without DST
  long std_offset;       // seconds east of UTC (the opposite sign of TZ's)
  long dst_offset;
  TzRule start, end;
};

// The zone TZ names now (re-read when TZ changes), copied out under the zone lock.
Zone current_zone();

// Whether DST is in effect at UTC time t.
bool zone_is_dst(const Zone& z, long long t);

}  // namespace pure
