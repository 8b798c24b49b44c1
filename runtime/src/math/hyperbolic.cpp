// sinh, cosh, tanh from expm1 / exp in double length.
#include "math/core.h"

namespace pure::math {
namespace {

constexpr double kHugeArg = 12000.0;

template <class T> T sinh_impl(T x) {
  using W = Work<T>;
  using F = Fp<W>;
  if (is_nan(x) || is_inf(x)) return x + x;
  if (abs_of(x) < T(scale2(1.0, -(Fp<T>::kPrec + 3) / 2))) return x;
  bool neg = sign_of(x);
  W a = W(abs_of(x));
  T r;
  if (a > W(kHugeArg)) {
    r = overflow_value<T>(false);
  } else if (a < W(1)) {
    // sinh = (E + E / (E + 1)) / 2 with E = expm1(a): no cancellation.
    DD<W> e = expm1_small(dd(a));
    r = result<T>(dd_scale(e + e / (e + W(1)), W(0.5)));
  } else {
    Scaled<W> s = exp_core(dd(a));
    if (s.k > F::kPrec + 4) {
      r = result<T>(s.m, s.k - 1);  // e^-a is below the last bit
    } else {
      DD<W> big = dd_scale(s.m, scale2(W(1), s.k));
      r = result<T>(dd_scale(big - dd(W(1)) / big, W(0.5)));
    }
  }
  if (is_inf(r)) set_errno(ERANGE);
  return neg ? -r : r;
}

template <class T> T cosh_impl(T x) {
  using W = Work<T>;
  using F = Fp<W>;
  if (is_nan(x)) return x + x;
  if (is_inf(x)) return abs_of(x);
  W a = W(abs_of(x));
  T r;
  if (a > W(kHugeArg)) {
    r = overflow_value<T>(false);
  } else if (a < W(1)) {
    DD<W> e = expm1_small(dd(a));
    r = result<T>(dd_scale(e * e / (e + W(1)), W(0.5)) + W(1));  // 1 + E^2 / (2(E+1))
  } else {
    Scaled<W> s = exp_core(dd(a));
    if (s.k > F::kPrec + 4) {
      r = result<T>(s.m, s.k - 1);
    } else {
      DD<W> big = dd_scale(s.m, scale2(W(1), s.k));
      r = result<T>(dd_scale(big + dd(W(1)) / big, W(0.5)));
    }
  }
  if (is_inf(r)) set_errno(ERANGE);
  return r;
}

template <class T> T tanh_impl(T x) {
  using W = Work<T>;
  if (is_nan(x)) return x + x;
  if (is_inf(x)) return sign_of(x) ? T(-1) : T(1);
  if (abs_of(x) < T(scale2(1.0, -(Fp<T>::kPrec + 3) / 2))) return x;
  bool neg = sign_of(x);
  W a = W(abs_of(x));
  T r;
  if (a > W(Fp<T>::kPrec) * W(0.35) + 2) {
    r = T(1) - opaque(kMinNormal<T>);  // 1 - 2e^-2a is 1 to far below an ulp; inexact
  } else {
    // tanh = E / (E + 2) with E = expm1(2a).
    DD<W> e;
    if (2 * a < W(0.34)) {
      e = expm1_small(dd(2 * a));
    } else {
      Scaled<W> s = exp_core(dd(2 * a));
      e = dd_scale(s.m, scale2(W(1), s.k)) - W(1);
    }
    r = result<T>(e / (e + W(2)));
  }
  return neg ? -r : r;
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
PURE_MATH_EXPORT1(sinh, sinh_impl)
PURE_MATH_EXPORT1(cosh, cosh_impl)
PURE_MATH_EXPORT1(tanh, tanh_impl)
