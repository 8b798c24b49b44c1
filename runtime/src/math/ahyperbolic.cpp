// asinh, acosh, atanh through log1p_core in double length.
#include "math/core.h"

namespace pure::math {
namespace {

// Above this, x^2 + 1 is x^2 to far below the last bit: asinh/acosh = log(2x).
template <class W> constexpr double kBigArg = sizeof(W) == 8 ? 0x1p40 : 0x1p70;

template <class T> T asinh_impl(T x) {
  using W = Work<T>;
  if (is_nan(x) || is_inf(x)) return x + x;
  if (abs_of(x) < T(scale2(1.0, -(Fp<T>::kPrec + 3) / 2))) return x;
  W a = W(abs_of(x));
  DD<W> v;
  if (a > W(kBigArg<W>)) {
    v = log_core(dd(a)) + K<W>::ln2;
  } else {
    // asinh a = log1p(a + a^2 / (1 + sqrt(1 + a^2))).
    DD<W> a2 = two_prod(a, a);
    DD<W> t = a2 / (dd_sqrt(a2 + W(1)) + W(1)) + a;
    v = log1p_core(t);
  }
  return result<T>(sign_of(x) ? -v : v);
}

template <class T> T acosh_impl(T x) {
  using W = Work<T>;
  if (is_nan(x)) return x + x;
  if (x < T(1)) {
    set_errno(EDOM);
    return invalid_value<T>();
  }
  if (is_inf(x)) return x;
  W a = W(x);
  if (a > W(kBigArg<W>)) return result<T>(log_core(dd(a)) + K<W>::ln2);
  // acosh a = log1p(t + sqrt(t (t + 2))) with t = a - 1.
  DD<W> t = two_sum(a, W(-1));
  return result<T>(log1p_core(t + dd_sqrt(t * (t + W(2)))));
}

template <class T> T atanh_impl(T x) {
  using W = Work<T>;
  if (is_nan(x)) return x + x;
  T ax = abs_of(x);
  if (ax > T(1)) {
    set_errno(EDOM);
    return invalid_value<T>();
  }
  if (ax == T(1)) {
    set_errno(ERANGE);
    return pole_value<T>(sign_of(x));
  }
  if (ax < T(scale2(1.0, -(Fp<T>::kPrec + 3) / 2))) return x;
  W a = W(ax);
  // atanh a = log1p(2a / (1 - a)) / 2.
  DD<W> v = dd_scale(log1p_core(dd(2 * a) / two_sum(W(1), -a)), W(0.5));
  return result<T>(sign_of(x) ? -v : v);
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
PURE_MATH_EXPORT1(asinh, asinh_impl)
PURE_MATH_EXPORT1(acosh, acosh_impl)
PURE_MATH_EXPORT1(atanh, atanh_impl)
