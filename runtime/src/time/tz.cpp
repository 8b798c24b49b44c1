// The local zone: POSIX TZ strings, the choice between them and TZif files, the zone
// cache, tzset and its globals (see tz.h).
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

}  // namespace

bool parse_posix_tz(const char* s, PosixZone* z, InternFn intern, void* ctx) {
  const char* name;
  size_t len;
  const char* p = parse_name(s, &name, &len);
  if (!p || len > kNameMax) return false;
  long west;
  p = parse_hms(p, &west, 24);
  if (!p) return false;
  z->std_name = intern(ctx, name, len);
  z->std_offset = -west;
  z->dst_name = nullptr;
  z->dst_offset = z->std_offset;
  if (!*p) return true;
  p = parse_name(p, &name, &len);
  if (!p || len > kNameMax) return false;
  z->dst_name = intern(ctx, name, len);
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

namespace {

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

bool posix_is_dst(const PosixZone& z, long long t) {
  if (!z.dst_name) return false;
  long long year = civil_from_days(floor_div(t + z.std_offset, 86400)).year;
  long long year_start = days_from_civil(year, 1, 1) * 86400;
  // The start rule is read in standard time, the end rule in daylight time.
  long long start = year_start + rule_seconds(z.start, year) - z.std_offset;
  long long end = year_start + rule_seconds(z.end, year) - z.dst_offset;
  if (start < end) return t >= start && t < end;
  return !(t >= end && t < start);  // southern hemisphere: DST spans the new year
}

LocalType posix_type_at(const PosixZone& z, long long t) {
  if (posix_is_dst(z, t)) return {z.dst_offset, true, z.dst_name};
  return {z.std_offset, false, z.std_name};
}

const char* intern_in_pool(void* pool, const char* s, unsigned long n) {
  return static_cast<NamePool*>(pool)->intern(s, n);
}

// The zone for a TZ value (null: unset). TZif files are tried first, as zone names such
// as "EST5EDT" are both; then the POSIX form; then UTC.
void resolve(const char* tz, Zone* z, NamePool* pool) {
  z->file = nullptr;
  if (!tz || *tz) {
    const char* name = !tz ? "/etc/localtime" : tz + (tz[0] == ':');
    char path[512];
    if (name[0] != '/') {
      // Zone names are relative to the zoneinfo directory; ".." would leave it.
      const char* dir = getenv("TZDIR");
      if (!dir || !*dir) dir = "/usr/share/zoneinfo";
      size_t d = strlen(dir), n = strlen(name);
      if (!strstr(name, "..") && d + 1 + n < sizeof path) {
        memcpy(path, dir, d);
        path[d] = '/';
        memcpy(path + d + 1, name, n + 1);
        name = path;
      } else {
        name = nullptr;
      }
    }
    if (name && *name && (z->file = load_tzfile(name))) {
      // Before the first transition the file's first type holds; posix stays unused
      // unless the footer applies.
      return;
    }
    if (tz && tz[0] != ':' && parse_posix_tz(tz, &z->posix, intern_in_pool, pool)) return;
  }
  // UTC; zone names of UTC itself keep their customary abbreviation without tzdata.
  const char* name = tz ? tz + (tz[0] == ':') : "";
  if (!strncmp(name, "Etc/", 4)) name += 4;
  bool gmt = !strcmp(name, "GMT") || !strcmp(name, "GMT0") || !strcmp(name, "Greenwich");
  z->posix.std_name = pool->intern(gmt ? "GMT" : "UTC", 3);
  z->posix.dst_name = nullptr;
  z->posix.std_offset = z->posix.dst_offset = 0;
}

// The last transition at or before t; the caller checks that times[0] <= t.
int last_transition(const TzFile& f, long long t) {
  int lo = 0, hi = f.count - 1;
  while (lo < hi) {
    int mid = lo + (hi - lo + 1) / 2;
    if (f.times[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

}  // namespace

LocalType zone_type_at(const Zone& z, long long t) {
  const TzFile* f = z.file;
  if (!f) return posix_type_at(z.posix, t);
  if (f->count == 0 || t < f->times[0]) {
    if (f->count == 0 && f->has_footer) return posix_type_at(f->footer, t);
    // RFC 8536 §3.2: before the first transition, local time type 0.
    return f->type[0];
  }
  if (t >= f->times[f->count - 1] && f->has_footer) return posix_type_at(f->footer, t);
  return f->type[f->types[last_transition(*f, t)]];
}

bool zone_type_with_flag(const Zone& z, long long t, bool dst, LocalType* out) {
  const TzFile* f = z.file;
  const PosixZone* rules = f ? (f->has_footer && (f->count == 0 || t >= f->times[f->count - 1]) ? &f->footer : nullptr)
                             : &z.posix;
  if (rules) {
    if (!rules->dst_name) return false;
    *out = dst ? LocalType{rules->dst_offset, true, rules->dst_name} : LocalType{rules->std_offset, false, rules->std_name};
    return true;
  }
  // The latest transition at or before t, then outwards: earlier first, then later.
  int at = f->count && t >= f->times[0] ? last_transition(*f, t) : 0;
  for (int i = at; i >= 0; i--)
    if (f->type[f->types[i]].dst == dst) return *out = f->type[f->types[i]], true;
  for (int i = at + 1; i < f->count; i++)
    if (f->type[f->types[i]].dst == dst) return *out = f->type[f->types[i]], true;
  return false;
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
    resolve(tz ? cache.tz : nullptr, &cache.zone, &cache.pool);
    cache.valid = true;
    // tzname, timezone and daylight describe the zone's current standard and daylight
    // types (for a TZif file: the latest of each at or before now, or its footer's).
    LocalType std_type, dst_type;
    bool has_dst;
    const PosixZone* rules = &cache.zone.posix;
    if (const TzFile* f = cache.zone.file) {
      if (f->has_footer) {
        rules = &f->footer;
      } else {
        std_type = f->type[0];
        dst_type = std_type;
        has_dst = false;
        for (int i = 0; i < f->count; i++) {
          const LocalType& lt = f->type[f->types[i]];
          if (lt.dst) dst_type = lt, has_dst = true;
          else std_type = lt;
        }
        rules = nullptr;
      }
    }
    if (rules) {
      std_type = {rules->std_offset, false, rules->std_name};
      has_dst = rules->dst_name != nullptr;
      dst_type = has_dst ? LocalType{rules->dst_offset, true, rules->dst_name} : std_type;
    }
    tzname[0] = const_cast<char*>(std_type.name);
    tzname[1] = const_cast<char*>(dst_type.name);
    timezone = -std_type.offset;
    daylight = has_dst;
  }
  return cache.zone;
}

}  // namespace pure

extern "C" void tzset(void) { (void)pure::current_zone(); }
