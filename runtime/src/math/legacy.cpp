// BSD/SVID functions kept for old programs: finite, scalb, significand.
#include <math.h>
#include "math/export.h"
#include "math/rounding.h"

namespace pure::math {
namespace {

template <class T> int finite_impl(T x) { return is_finite(x); }

// x * 2^n for a floating n: NaN unless n is an integer or an infinity that makes sense.
template <class T> T scalb_impl(T x, T n) {
  if (is_nan(x) || is_nan(n)) return x * n;
  if (is_inf(n)) {
    if ((n > 0 && x == 0) || (n < 0 && is_inf(x))) {
      set_errno(EDOM);
      return invalid_value<T>();
    }
    return n > 0 ? x * n : x / -n;
  }
  if (trunc_of(n) != n) {
    set_errno(EDOM);
    return invalid_value<T>();
  }
  // Beyond any exponent range the result is already 0 or infinite; clamping keeps n a long.
  long k = n > 65000 ? 65000 : n < -65000 ? -65000 : static_cast<long>(n);
  if constexpr (sizeof(T) == sizeof(float)) return scalblnf(x, k);
  else return scalbln(x, k);
}

// x scaled into [1, 2); zeros, infinities and NaNs come back as they are.
template <class T> T significand_impl(T x) {
  if (x == 0 || !is_finite(x)) return x + x;
  return scale2(x, -exponent_of(x));
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
extern "C" int finite(double x) { return finite_impl(x); }
extern "C" int finitef(float x) { return finite_impl(x); }
extern "C" double scalb(double x, double n) { return scalb_impl(x, n); }
extern "C" float scalbf(float x, float n) { return scalb_impl(x, n); }
extern "C" double significand(double x) { return significand_impl(x); }
extern "C" float significandf(float x) { return significand_impl(x); }
