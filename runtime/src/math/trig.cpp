// sin, cos, tan, sincos: exact reduction modulo pi/2 (Payne-Hanek in core.h), then the
// Taylor series of sin and cos in double length.
#include "math/core.h"

namespace pure::math {
namespace {

// True when |x| is so small that sin x and tan x round to x (x^2/3 below half an ulp).
template <class T> bool trig_tiny(T x) { return abs_of(x) < T(scale2(1.0, -(Fp<T>::kPrec + 3) / 2)); }

template <class T> bool trig_special(T x, T *r) {
  if (is_nan(x)) {
    *r = x + x;
    return true;
  }
  if (is_inf(x)) {
    set_errno(EDOM);
    *r = invalid_value<T>();
    return true;
  }
  return false;
}

template <class T> T sin_impl(T x) {
  using W = Work<T>;
  T s;
  if (trig_special(x, &s)) return s;
  if (trig_tiny(x)) return x;
  DD<W> r;
  int q = trig_reduce(W(x), &r);
  DD<W> v = (q & 1) ? cos_series(r) : sin_series(r);
  return result<T>(q & 2 ? -v : v);
}

template <class T> T cos_impl(T x) {
  using W = Work<T>;
  T s;
  if (trig_special(x, &s)) return s;
  DD<W> r;
  int q = trig_reduce(W(x), &r);
  DD<W> v = (q & 1) ? sin_series(r) : cos_series(r);
  return result<T>((q == 1 || q == 2) ? -v : v);
}

template <class T> T tan_impl(T x) {
  using W = Work<T>;
  T s;
  if (trig_special(x, &s)) return s;
  if (trig_tiny(x)) return x;
  DD<W> r;
  int q = trig_reduce(W(x), &r);
  DD<W> sn = sin_series(r), cs = cos_series(r);
  return result<T>((q & 1) ? -(cs / sn) : sn / cs);
}

template <class T> void sincos_impl(T x, T *sp, T *cp) {
  using W = Work<T>;
  T s;
  if (trig_special(x, &s)) {
    *sp = *cp = s;
    return;
  }
  DD<W> r;
  int q = trig_reduce(W(x), &r);
  DD<W> sn = sin_series(r), cs = cos_series(r);
  DD<W> sv = (q & 1) ? cs : sn, cv = (q & 1) ? sn : cs;
  *sp = trig_tiny(x) ? x : result<T>(q & 2 ? -sv : sv);
  *cp = result<T>((q == 1 || q == 2) ? -cv : cv);
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
PURE_MATH_EXPORT1(sin, sin_impl)
PURE_MATH_EXPORT1(cos, cos_impl)
PURE_MATH_EXPORT1(tan, tan_impl)
extern "C" void sincos(double x, double *s, double *c) { sincos_impl(x, s, c); }
extern "C" void sincosf(float x, float *s, float *c) { sincos_impl(x, s, c); }
extern "C" void sincosl(long double x, long double *s, long double *c) { sincos_impl(x, s, c); }
