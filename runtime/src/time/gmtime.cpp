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

struct tm* local_tm(long long t, struct tm* tm) {
  Zone z = current_zone();
  bool dst = zone_is_dst(z, t);
  return to_tm(t, dst ? z.dst_offset : z.std_offset, dst, dst ? z.dst_name : z.std_name, tm);
}

}  // namespace
}  // namespace pure

extern "C" {

struct tm* gmtime_r(const time_t* __restrict t, struct tm* __restrict tm) {
  return pure::to_tm(*t, 0, false, "GMT", tm);
}

struct tm* gmtime(const time_t* t) { return gmtime_r(t, &pure::static_tm); }

struct tm* localtime_r(const time_t* __restrict t, struct tm* __restrict tm) { return pure::local_tm(*t, tm); }

struct tm* localtime(const time_t* t) { return localtime_r(t, &pure::static_tm); }

// timegm: the fields read as UTC; tm is normalised like mktime does.
time_t timegm(struct tm* tm) {
  long long t = pure::tm_to_seconds(tm);
  struct tm out;
  if (!pure::to_tm(t, 0, false, "GMT", &out)) return -1;
  *tm = out;
  return t;
}

// mktime: the fields read as local time. tm_isdst > 0 or == 0 says which offset applies;
// when negative, the standard-time reading is taken unless the result falls in DST. In the
// hour skipped by a spring-forward change neither reading is consistent; the standard one
// is used, giving the corresponding time after the change.
time_t mktime(struct tm* tm) {
  long long local = pure::tm_to_seconds(tm);
  pure::Zone z = pure::current_zone();
  long long t_std = local - z.std_offset, t_dst = local - z.dst_offset;
  long long t;
  if (!z.dst_name || tm->tm_isdst == 0) t = t_std;
  else if (tm->tm_isdst > 0) t = t_dst;
  else if (!pure::zone_is_dst(z, t_std)) t = t_std;
  else if (pure::zone_is_dst(z, t_dst)) t = t_dst;
  else t = t_std;
  struct tm out;
  if (!pure::local_tm(t, &out)) return -1;
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
