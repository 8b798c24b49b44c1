// asin, acos, atan, atan2: atan_core on a double-length ratio.
#include "math/core.h"

namespace pure::math {
namespace {

template <class T> bool atrig_tiny(T x) { return abs_of(x) < T(scale2(1.0, -(Fp<T>::kPrec + 3) / 2)); }

template <class T> T atan_impl(T x) {
  using W = Work<T>;
  if (is_nan(x)) return x + x;
  if (atrig_tiny(x)) return x;
  DD<W> a;
  if (abs_of(x) > T(scale2(1.0, Fp<T>::kPrec + 3))) a = K<W>::pi_2 - dd(W(1) / W(abs_of(x)));  // inf too
  else a = atan_core(dd(W(abs_of(x))));
  return result<T>(sign_of(x) ? -a : a);
}

// sqrt(1 - a^2) in double length for 0 <= a <= 1: (1 - a)(1 + a) has no cancellation.
template <class W> DD<W> cosine_of_asin(W a) { return dd_sqrt(two_sum(W(1), -a) * two_sum(W(1), a)); }

template <class T> T asin_impl(T x) {
  using W = Work<T>;
  if (is_nan(x)) return x + x;
  if (abs_of(x) > T(1)) {
    set_errno(EDOM);
    return invalid_value<T>();
  }
  if (atrig_tiny(x)) return x;
  W a = W(abs_of(x));
  DD<W> w = cosine_of_asin(a);
  DD<W> v = w.hi == 0 ? K<W>::pi_2 : atan_core(dd(a) / w);
  return result<T>(sign_of(x) ? -v : v);
}

template <class T> T acos_impl(T x) {
  using W = Work<T>;
  if (is_nan(x)) return x + x;
  if (abs_of(x) > T(1)) {
    set_errno(EDOM);
    return invalid_value<T>();
  }
  if (x == T(1)) return T(0);
  if (abs_of(x) < T(scale2(1.0, -(Fp<T>::kPrec + 3)))) return result<T>(K<W>::pi_2 - W(x));
  W a = W(abs_of(x));
  DD<W> v = atan_core(cosine_of_asin(a) / a);
  return result<T>(sign_of(x) ? K<W>::pi - v : v);
}

template <class T> T atan2_impl(T y, T x) {
  using W = Work<T>;
  using F = Fp<W>;
  if (is_nan(x) || is_nan(y)) return x + y;
  bool ny = sign_of(y), nx = sign_of(x);
  DD<W> v;  // the angle for |y| and the sign of x, in [0, pi]
  if (y == 0) {
    if (!nx) return y;
    v = K<W>::pi;
  } else if (x == 0) {
    v = K<W>::pi_2;
  } else if (is_inf(y)) {
    v = is_inf(x) ? (nx ? K<W>::pi_2 + K<W>::pi_4 : K<W>::pi_4) : K<W>::pi_2;
  } else if (is_inf(x)) {
    if (!nx) return ny ? -T(0) : T(0);
    v = K<W>::pi;
  } else {
    W ay = W(abs_of(y)), ax = W(abs_of(x));
    int ey = exponent_of(ay), ex = exponent_of(ax);
    if (ex - ey > F::kPrec + 4) {
      // atan(t) = t to far below an ulp; the quotient rounds once.
      if (!nx) {
        T t = abs_of(y) / abs_of(x);
        if (t < kMinNormal<T>) set_errno(ERANGE);
        return ny ? -t : t;
      }
      v = dd(ay / ax);  // the angle for x < 0 follows below
    } else if (ey - ex > F::kPrec + 4) {
      v = K<W>::pi_2 + dd(nx ? ax / ay : -(ax / ay));
      nx = false;
    } else {
      // Both scaled near 1 (exact: their exponents are close).
      DD<W> t = dd(scale2(ay, -ex)) / dd(scale2(ax, -ex));
      v = atan_core(t);
    }
    if (nx) v = K<W>::pi - v;
  }
  return result<T>(ny ? -v : v);
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
PURE_MATH_EXPORT1(atan, atan_impl)
PURE_MATH_EXPORT1(asin, asin_impl)
PURE_MATH_EXPORT1(acos, acos_impl)
PURE_MATH_EXPORT2(atan2, atan2_impl)
