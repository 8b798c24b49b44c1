// UTC and local broken-down time: gmtime, gmtime_r, timegm, localtime, localtime_r,
// mktime, timelocal, difftime.
#include <errno.h>
#include <time.h>

#include "support/errno.h"
#include "time/civil.h"
#include "time/tz.h"

namespace pure {
namespace {

constinit struct tm static_tm{};  // the shared result of gmtime/localtime

struct tm* to_tm(long long t, long offset, bool dst, const char* zone, struct tm* tm) {
  long long local;
  if (__builtin_add_overflow(t, static_cast<long long>(offset), &local) || !fill_tm(local, tm))
    return fail(EOVERFLOW, static_cast<struct tm*>(nullptr));
  tm->tm_isdst = dst;
  tm->tm_gmtoff = offset;
  tm->tm_zone = zone;
  return tm;
}

struct tm* local_tm(const Zone& z, long long t, struct tm* tm) {
  LocalType lt = zone_type_at(z, t);
  return to_tm(t, lt.offset, lt.dst, lt.name, tm);
}

// The UTC time for local time `local`. The candidates are the types in effect a day
// before and a day after (zones do not change twice within two days); a reading is
// consistent when its type is the one in effect at the resulting time. tm_isdst > 0 or
// == 0 picks the reading with that flag, consistent or not, when there is one; when
// negative, a consistent reading is taken, the standard one in an overlap. In the hour
// skipped by a spring-forward change no reading is consistent: the earlier type is used,
// giving the corresponding time after the change.
long long local_to_utc(const Zone& z, long long local, int isdst) {
  LocalType before = zone_type_at(z, local - 86400), after = zone_type_at(z, local + 86400);
  LocalType cand[2] = {before, after};
  bool consistent[2];
  for (int i = 0; i < 2; i++) {
    LocalType at = zone_type_at(z, local - cand[i].offset);
    consistent[i] = at.offset == cand[i].offset && at.dst == cand[i].dst;
  }
  if (isdst >= 0) {
    for (int i = 0; i < 2; i++)
      if (cand[i].dst == (isdst > 0) && consistent[i]) return local - cand[i].offset;
    for (int i = 0; i < 2; i++)
      if (cand[i].dst == (isdst > 0)) return local - cand[i].offset;
    // Neither type has the asked flag: the nearest type that has it.
    LocalType other;
    if (zone_type_with_flag(z, local - before.offset, isdst > 0, &other)) return local - other.offset;
  }
  if (consistent[0] && consistent[1] && cand[0].dst != cand[1].dst) return local - (cand[0].dst ? cand[1] : cand[0]).offset;
  if (consistent[0]) return local - cand[0].offset;
  if (consistent[1]) return local - cand[1].offset;
  return local - cand[0].offset;
}

}  // namespace
}  // namespace pure

extern "C" {

struct tm* gmtime_r(const time_t* __restrict t, struct tm* __restrict tm) {
  return pure::to_tm(*t, 0, false, "GMT", tm);
}

struct tm* gmtime(const time_t* t) { return gmtime_r(t, &pure::static_tm); }

struct tm* localtime_r(const time_t* __restrict t, struct tm* __restrict tm) {
  return pure::local_tm(pure::current_zone(), *t, tm);
}

struct tm* localtime(const time_t* t) { return localtime_r(t, &pure::static_tm); }

// timegm: the fields read as UTC; tm is normalised like mktime does.
time_t timegm(struct tm* tm) {
  long long t = pure::tm_to_seconds(tm);
  struct tm out;
  if (!pure::to_tm(t, 0, false, "GMT", &out)) return -1;
  *tm = out;
  return t;
}

// mktime: the fields read as local time, in the zone TZ names (see local_to_utc).
time_t mktime(struct tm* tm) {
  pure::Zone z = pure::current_zone();
  long long t = pure::local_to_utc(z, pure::tm_to_seconds(tm), tm->tm_isdst);
  struct tm out;
  if (!pure::local_tm(z, t, &out)) return -1;
  *tm = out;
  return t;
}

time_t timelocal(struct tm* tm) { return mktime(tm); }

double difftime(time_t t1, time_t t0) {
  // Subtracting in integers first keeps the exact difference when it fits.
  long long d;
  if (!__builtin_sub_overflow(t1, t0, &d)) return static_cast<double>(d);
  return static_cast<double>(t1) - static_cast<double>(t0);
}

}  // extern "C"
