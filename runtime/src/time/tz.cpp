// POSIX TZ strings: parsing, the zone cache, tzset and its globals (see tz.h).
#include "time/tz.h"

#include <stdlib.h>
#include <string.h>

#include "support/lock.h"
#include "time/civil.h"

extern "C" {
char* tzname[2] = {const_cast<char*>("UTC"), const_cast<char*>("UTC")};
long timezone = 0;
int daylight = 0;
}

namespace pure {
namespace {

constexpr size_t kNameMax = 16;  // longer zone abbreviations are rejected

// Zone abbreviations handed out through tm_zone and tzname must outlive TZ changes, so
// they are interned in a fixed pool (the oldest entry is recycled only when it is full).
struct NamePool {
  char names[32][kNameMax + 1];
  unsigned used;
  const char* intern(const char* s, size_t n) {
    for (unsigned i = 0; i < used; i++)
      if (strncmp(names[i], s, n) == 0 && names[i][n] == '\0') return names[i];
    unsigned slot = used < 32 ? used++ : (n + static_cast<unsigned char>(s[0])) % 32;
    memcpy(names[slot], s, n);
    names[slot][n] = '\0';
    return names[slot];
  }
};

struct ZoneCache {
  Lock lock;
  bool valid;
  char tz[256];  // the TZ value the zone was parsed from
  bool tz_set;
  Zone zone;
  NamePool pool;
};
constinit ZoneCache cache{};

const char* parse_name(const char* p, const char** name, size_t* len) {
  if (*p == '<') {  // quoted form: letters, digits, '+' and '-'
    const char* s = ++p;
    while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '+' || *p == '-')
      p++;
    if (*p != '>' || p - s < 3) return nullptr;
    *name = s;
    *len = static_cast<size_t>(p - s);
    return p + 1;
  }
  const char* s = p;
  while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z')) p++;
  if (p - s < 3) return nullptr;
  *name = s;
  *len = static_cast<size_t>(p - s);
  return p;
}

// [+-]hh[:mm[:ss]] in seconds; hours up to max_hours.
const char* parse_hms(const char* p, long* out, long max_hours) {
  long sign = 1;
  if (*p == '+' || *p == '-') sign = *p++ == '-' ? -1 : 1;
  if (*p < '0' || *p > '9') return nullptr;
  long parts[3] = {0, 0, 0};
  for (int i = 0; i < 3; i++) {
    if (i > 0) {
      if (*p != ':') break;
      p++;
    }
    if (*p < '0' || *p > '9') return nullptr;
    long v = 0;
    int digits = 0;
    while (*p >= '0' && *p <= '9' && digits < 3) v = v * 10 + (*p++ - '0'), digits++;
    parts[i] = v;
  }
  if (parts[0] > max_hours || parts[1] > 59 || parts[2] > 59) return nullptr;
  *out = sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]);
  return p;
}

const char* parse_number(const char* p, int* out, int lo, int hi) {
  if (*p < '0' || *p > '9') return nullptr;
  int v = 0;
  while (*p >= '0' && *p <= '9' && v <= hi) v = v * 10 + (*p++ - '0');
  if (v < lo || v > hi) return nullptr;
  *out = v;
  return p;
}

const char* parse_rule(const char* p, TzRule* r) {
  if (*p == 'J') {
    r->kind = TzRule::kJulian1;
    p = parse_number(p + 1, &r->day, 1, 365);
  } else if (*p == 'M') {
    r->kind = TzRule::kMonthWeekDay;
    p = parse_number(p + 1, &r->month, 1, 12);
    if (!p || *p++ != '.') return nullptr;
    p = parse_number(p, &r->week, 1, 5);
    if (!p || *p++ != '.') return nullptr;
    p = parse_number(p, &r->day, 0, 6);
  } else {
    r->kind = TzRule::kJulian0;
    p = parse_number(p, &r->day, 0, 365);
  }
  if (!p) return nullptr;
  r->time = 2 * 3600;  // 02:00:00 unless given
  if (*p == '/') p = parse_hms(p + 1, &r->time, 167);  // POSIX 2024 allows -167..167 hours
  return p;
}

// Parses a POSIX TZ value into z; false when it is not one.
bool parse_tz(const char* s, Zone* z, NamePool* pool) {
  const char* name;
  size_t len;
  const char* p = parse_name(s, &name, &len);
  if (!p || len > kNameMax) return false;
  long west;
  p = parse_hms(p, &west, 24);
  if (!p) return false;
  z->std_name = pool->intern(name, len);
  z->std_offset = -west;
  z->dst_name = nullptr;
  z->dst_offset = z->std_offset;
  if (!*p) return true;
  p = parse_name(p, &name, &len);
  if (!p || len > kNameMax) return false;
  z->dst_name = pool->intern(name, len);
  z->dst_offset = z->std_offset + 3600;  // one hour ahead unless given
  if (*p && *p != ',') {
    p = parse_hms(p, &west, 24);
    if (!p) return false;
    z->dst_offset = -west;
  }
  // Without rules, the United States rules (second Sunday of March to first Sunday of
  // November) apply, as in POSIX's own example and other implementations.
  const char* rules = *p ? p : ",M3.2.0,M11.1.0";
  if (*rules++ != ',') return false;
  rules = parse_rule(rules, &z->start);
  if (!rules || *rules++ != ',') return false;
  rules = parse_rule(rules, &z->end);
  return rules && !*rules;
}

void set_utc(Zone* z, NamePool* pool) {
  z->std_name = pool->intern("UTC", 3);
  z->dst_name = nullptr;
  z->std_offset = z->dst_offset = 0;
}

// Seconds from the start of the year (local time) to the moment rule r names.
long long rule_seconds(const TzRule& r, long long year) {
  bool leap = is_leap(year);
  long long yday;
  switch (r.kind) {
    case TzRule::kJulian1: yday = r.day - 1 + (leap && r.day >= 60); break;  // Feb 29 is not counted
    case TzRule::kJulian0: yday = r.day; break;
    default: {
      long long first = days_from_civil(year, r.month, 1);
      int first_wday = static_cast<int>(floor_mod(first + 4, 7));
      int mday = (r.day - first_wday + 7) % 7 + (r.week - 1) * 7;  // 0-based day in month
      int len = month_length(r.month - 1, leap);
      while (mday >= len) mday -= 7;  // week 5 means the last such weekday
      yday = days_before_month(r.month - 1, leap) + mday;
    }
  }
  return yday * 86400 + r.time;
}

}  // namespace

bool zone_is_dst(const Zone& z, long long t) {
  if (!z.dst_name) return false;
  long long year = civil_from_days(floor_div(t + z.std_offset, 86400)).year;
  long long year_start = days_from_civil(year, 1, 1) * 86400;
  // The start rule is read in standard time, the end rule in daylight time.
  long long start = year_start + rule_seconds(z.start, year) - z.std_offset;
  long long end = year_start + rule_seconds(z.end, year) - z.dst_offset;
  if (start < end) return t >= start && t < end;
  return !(t >= end && t < start);  // southern hemisphere: DST spans the new year
}

Zone current_zone() {
  LockGuard guard(cache.lock);
  const char* tz = getenv("TZ");
  bool same = cache.valid && (tz ? cache.tz_set && strncmp(cache.tz, tz, sizeof cache.tz) == 0 : !cache.tz_set);
  if (!same) {
    cache.tz_set = tz != nullptr;
    if (tz) {
      size_t n = strnlen(tz, sizeof cache.tz - 1);
      memcpy(cache.tz, tz, n);
      cache.tz[n] = '\0';
    }
    if (!tz || !parse_tz(tz[0] == ':' ? "" : tz, &cache.zone, &cache.pool)) {
      set_utc(&cache.zone, &cache.pool);
      // The zoneinfo names of UTC itself keep their customary abbreviation.
      const char* name = tz ? tz + (tz[0] == ':') : "";
      if (!strncmp(name, "Etc/", 4)) name += 4;
      if (!strcmp(name, "GMT") || !strcmp(name, "GMT0") || !strcmp(name, "Greenwich"))
        cache.zone.std_name = cache.pool.intern("GMT", 3);
    }
    cache.valid = true;
    tzname[0] = const_cast<char*>(cache.zone.std_name);
    tzname[1] = const_cast<char*>(cache.zone.dst_name ? cache.zone.dst_name : cache.zone.std_name);
    timezone = -cache.zone.std_offset;
    daylight = cache.zone.dst_name != nullptr;
  }
  return cache.zone;
}

}  // namespace pure

extern "C" void tzset(void) { (void)pure::current_zone(); }
