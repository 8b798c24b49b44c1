// frexp, ldexp, scalbn, scalbln, ilogb, logb, modf: exponent manipulation.
#include <limits.h>
#include <math.h>
#include "math/export.h"
#include "math/rounding.h"

namespace pure::math {
namespace {

// Unbiased exponent of a finite nonzero x, subnormals included.

template <class T> T frexp_impl(T x, int *e) {
  *e = 0;
  if (x == 0 || !is_finite(x)) return x + x;
  int k = exponent_of(x) + 1;
  *e = k;
  return scale2(x, -k);  // exact: the result is in [0.5, 1)
}

template <class T> T scale_impl(T x, long n) {
  T r = scale2(x, n);
  if (x != 0 && is_finite(x)) {
    if (is_inf(r)) set_errno(ERANGE);
    else if (abs_of(r) < kMinNormal<T> && scale2(r, -n) != x) set_errno(ERANGE);
  }
  return r;
}

template <class T> int ilogb_impl(T x) {
  if (x == 0 || !is_finite(x)) {
    (void)invalid_value<T>();
    set_errno(EDOM);
    return x == 0 ? FP_ILOGB0 : is_nan(x) ? FP_ILOGBNAN : INT_MAX;
  }
  return exponent_of(x);
}

template <class T> T logb_impl(T x) {
  if (is_nan(x)) return x + x;
  if (is_inf(x)) return abs_of(x);
  if (x == 0) {
    set_errno(ERANGE);
    return pole_value<T>(true);
  }
  return T(exponent_of(x));
}

template <class T> T modf_impl(T x, T *ip) {
  T t = trunc_of(x);
  *ip = t;
  if (is_inf(x)) return copysign_of(T(0), x);
  return copysign_of(x - t, x);  // NaN stays NaN
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;

extern "C" double frexp(double x, int *e) { return frexp_impl(x, e); }
extern "C" float frexpf(float x, int *e) { return frexp_impl(x, e); }
extern "C" long double frexpl(long double x, int *e) { return frexp_impl(x, e); }
extern "C" double ldexp(double x, int n) { return scale_impl(x, n); }
extern "C" float ldexpf(float x, int n) { return scale_impl(x, n); }
extern "C" long double ldexpl(long double x, int n) { return scale_impl(x, n); }
extern "C" double scalbn(double x, int n) { return scale_impl(x, n); }
extern "C" float scalbnf(float x, int n) { return scale_impl(x, n); }
extern "C" long double scalbnl(long double x, int n) { return scale_impl(x, n); }
extern "C" double scalbln(double x, long n) { return scale_impl(x, n); }
extern "C" float scalblnf(float x, long n) { return scale_impl(x, n); }
extern "C" long double scalblnl(long double x, long n) { return scale_impl(x, n); }
extern "C" int ilogb(double x) { return ilogb_impl(x); }
extern "C" int ilogbf(float x) { return ilogb_impl(x); }
extern "C" int ilogbl(long double x) { return ilogb_impl(x); }
PURE_MATH_EXPORT1(logb, logb_impl)
extern "C" double modf(double x, double *ip) { return modf_impl(x, ip); }
extern "C" float modff(float x, float *ip) { return modf_impl(x, ip); }
extern "C" long double modfl(long double x, long double *ip) { return modf_impl(x, ip); }
