// floor, ceil, trunc, round, rint, nearbyint and the conversions to long / long long.
#include <limits.h>
#include "fenv/fenv_arch.h"
#include "math/export.h"
#include "math/rounding.h"

namespace pure::math {
namespace {

template <class T> T floor_impl(T x) {
  T t = trunc_of(x);
  return (t != x && sign_of(x)) ? t - T(1) : t;
}
template <class T> T ceil_impl(T x) {
  T t = trunc_of(x);
  return (t != x && !sign_of(x)) ? t + T(1) : t;
}
template <class T> T trunc_impl(T x) { return trunc_of(x); }
template <class T> T round_impl(T x) {
  T t = trunc_of(x);
  // x - t is the exact fraction; halfway cases go away from zero.
  if (abs_of(x - t) >= T(0.5)) t += copysign_of(T(1), x);
  return t;
}
template <class T> T rint_impl(T x) { return rint_of(x); }
template <class T> T nearbyint_impl(T x) {
  unsigned saved = fenv::test_flags(FE_INEXACT);
  T r = rint_of(x);
  fenv::store_flags(FE_INEXACT, saved);
  return r;
}

// An integral value converted to a signed 64-bit integer; out of range or NaN raises
// invalid (C17 F.4) and yields the minimum, as the hardware conversions do.
template <class I, class T> I to_int(T r) {
  const T lim = pow2<T>(63);
  if (!(r >= -lim && r < lim)) {
    (void)invalid_value<T>();
    return static_cast<I>(LLONG_MIN);
  }
  return static_cast<I>(r);
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;

PURE_MATH_EXPORT1(floor, floor_impl)
PURE_MATH_EXPORT1(ceil, ceil_impl)
PURE_MATH_EXPORT1(trunc, trunc_impl)
PURE_MATH_EXPORT1(round, round_impl)
PURE_MATH_EXPORT1(rint, rint_impl)
PURE_MATH_EXPORT1(nearbyint, nearbyint_impl)

static_assert(sizeof(long) == 8 && sizeof(long long) == 8);
extern "C" long lrint(double x) { return to_int<long>(rint_of(x)); }
extern "C" long lrintf(float x) { return to_int<long>(rint_of(x)); }
extern "C" long lrintl(long double x) { return to_int<long>(rint_of(x)); }
extern "C" long long llrint(double x) { return to_int<long long>(rint_of(x)); }
extern "C" long long llrintf(float x) { return to_int<long long>(rint_of(x)); }
extern "C" long long llrintl(long double x) { return to_int<long long>(rint_of(x)); }
extern "C" long lround(double x) { return to_int<long>(round_impl(x)); }
extern "C" long lroundf(float x) { return to_int<long>(round_impl(x)); }
extern "C" long lroundl(long double x) { return to_int<long>(round_impl(x)); }
extern "C" long long llround(double x) { return to_int<long long>(round_impl(x)); }
extern "C" long long llroundf(float x) { return to_int<long long>(round_impl(x)); }
extern "C" long long llroundl(long double x) { return to_int<long long>(round_impl(x)); }
