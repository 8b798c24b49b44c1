// exp, exp2, exp10 and expm1: exp_core on a double-length argument, rounded once.
#include "math/core.h"

namespace pure::math {
namespace {

// Beyond these every type overflows / underflows; keeps the scaling integers small.
constexpr double kHugeArg = 12000.0;

template <class T> T finish_exp(T x, T r) {
  if (is_inf(r) || abs_of(r) < kMinNormal<T>) set_errno(ERANGE);
  return r;
}

template <class T> T exp_impl(T x) {
  using W = Work<T>;
  if (is_nan(x)) return x + x;
  if (is_inf(x)) return sign_of(x) ? T(0) : x;
  if (x > T(kHugeArg)) return finish_exp(x, overflow_value<T>(false));
  if (x < T(-kHugeArg)) return finish_exp(x, underflow_value<T>(false));
  Scaled<W> s = exp_core(dd(W(x)));
  return finish_exp(x, result<T>(s.m, s.k));
}

template <class T> T exp2_impl(T x) {
  using W = Work<T>;
  if (is_nan(x)) return x + x;
  if (is_inf(x)) return sign_of(x) ? T(0) : x;
  if (x > T(2 * kHugeArg)) return finish_exp(x, overflow_value<T>(false));
  if (x < T(-2 * kHugeArg)) return finish_exp(x, underflow_value<T>(false));
  W k = rint_of(W(x));
  W f = W(x) - k;  // exact, |f| <= 1/2
  Scaled<W> s = exp_core(K<W>::ln2 * f);
  return finish_exp(x, result<T>(s.m, s.k + static_cast<long>(k)));
}

template <class T> T exp10_impl(T x) {
  using W = Work<T>;
  if (is_nan(x)) return x + x;
  if (is_inf(x)) return sign_of(x) ? T(0) : x;
  if (x > T(kHugeArg / 2)) return finish_exp(x, overflow_value<T>(false));
  if (x < T(-kHugeArg / 2)) return finish_exp(x, underflow_value<T>(false));
  Scaled<W> s = exp_core(K<W>::ln10 * W(x));
  return finish_exp(x, result<T>(s.m, s.k));
}

template <class T> T expm1_impl(T x) {
  using W = Work<T>;
  using F = Fp<W>;
  if (is_nan(x)) return x + x;
  if (is_inf(x)) return sign_of(x) ? T(-1) : x;
  if (x > T(kHugeArg)) return finish_exp(x, overflow_value<T>(false));
  if (abs_of(x) < T(scale2(1.0, -(Fp<T>::kPrec + 3)))) return x;  // x + x^2/2 rounds to x
  if (x < T(-(2 * F::kPrec + 4) * 0.6931471805599453)) return T(-1) + opaque(kMinNormal<T>);
  if (abs_of(x) < T(0.34)) return result<T>(expm1_small(dd(W(x))));
  Scaled<W> s = exp_core(dd(W(x)));
  if (exponent_of(s.m.hi) + s.k > F::kBias - 1) return finish_exp(x, result<T>(s.m, s.k));
  DD<W> v = dd_scale(s.m, scale2(W(1), s.k)) - W(1);
  return finish_exp(x, result<T>(v));
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
PURE_MATH_EXPORT1(exp, exp_impl)
PURE_MATH_EXPORT1(exp2, exp2_impl)
PURE_MATH_EXPORT1(exp10, exp10_impl)
PURE_MATH_EXPORT1(expm1, expm1_impl)

#include "support/alias.h"
PURE_ALIAS(exp10, pow10);  // the older GNU name
PURE_ALIAS(exp10f, pow10f);
PURE_ALIAS(exp10l, pow10l);
