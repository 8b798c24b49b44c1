// erf, erfc: the Taylor series below 3 (in double length, where its cancellation costs
// only a few of the spare bits), Laplace's continued fraction for the tail above.
#include "math/core.h"

namespace pure::math {
namespace {

constexpr double kSeriesLimit = 3.0;

// erf(x) for |x| < 3: 2/sqrt(pi) sum (-1)^n x^(2n+1) / (n! (2n+1)).
template <class W> DD<W> erf_series(W x) {
  DD<W> x2 = two_prod(x, x);
  DD<W> t = dd(x), sum = dd(x);
  const W tiny = scale2(W(1), -(kWorkBits<W> + 20));
  const W small = scale2(W(1), -(kWorkBits<W> - Fp<W>::kPrec + 4));
  int n = 1;
  for (; n < 400; n++) {
    t = -(t * x2) / W(n);
    DD<W> term = t / W(2 * n + 1);
    sum = sum + term;
    // Once the terms are this small (and shrinking) plain W arithmetic is enough.
    if (abs_of(term.hi) < abs_of(sum.hi) * small && W(n) > x2.hi) break;
  }
  W th = t.hi, tail = 0, xx = x2.hi;
  for (n++; n < 400; n++) {
    th = -(th * xx) / W(n);
    W term = th / W(2 * n + 1);
    tail += term;
    if (abs_of(term) < abs_of(sum.hi) * tiny) break;
  }
  return (sum + tail) * K<W>::two_over_sqrt_pi;
}

// erfc(x) for x >= 3: exp(-x^2) / sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))).
template <class W> Scaled<W> erfc_tail(W x) {
  // Terms for 2^-kWorkBits, from measuring the convergence (about 3.8 bits * x per term).
  int n = static_cast<int>(W(kWorkBits<W>) * W(3.8) / x) + kWorkBits<W> / 8 + 4;
  DD<W> f = dd(x);
  for (; n >= 1; n--) f = dd(W(n) * W(0.5)) / f + x;
  Scaled<W> e = exp_core(-two_prod(x, x));
  return {e.m * K<W>::inv_sqrt_pi / f, e.k};
}

template <class T> T erf_impl(T x) {
  using W = Work<T>;
  using F = Fp<W>;
  if (is_nan(x)) return x + x;
  if (is_inf(x)) return sign_of(x) ? T(-1) : T(1);
  W a = W(abs_of(x));
  DD<W> v;
  if (a < scale2(W(1), -F::kPrec)) {
    // 2x/sqrt(pi): scaled up first so a subnormal result is rounded only once.
    constexpr int kS = 2 * F::kPrec + 8;
    v = K<W>::two_over_sqrt_pi * (a * scale2(W(1), kS));
    T r = result<T>(v, -kS);
    return sign_of(x) ? -r : r;
  }
  if (a < W(kSeriesLimit)) {
    v = erf_series(a);
  } else {
    if (a > W(120)) return sign_of(x) ? opaque(kMinNormal<T>) - T(1) : T(1) - opaque(kMinNormal<T>);
    Scaled<W> t = erfc_tail(a);
    if (t.k < -(2 * F::kPrec + 8)) return sign_of(x) ? opaque(kMinNormal<T>) - T(1) : T(1) - opaque(kMinNormal<T>);
    v = dd(W(1)) - dd_scale(t.m, scale2(W(1), t.k));
  }
  return result<T>(sign_of(x) ? -v : v);
}

template <class T> T erfc_impl(T x) {
  using W = Work<T>;
  if (is_nan(x)) return x + x;
  if (is_inf(x)) return sign_of(x) ? T(2) : T(0);
  W a = W(x);
  if (a < W(-kSeriesLimit)) {
    Scaled<W> t = erfc_tail(-a);
    if (t.k < -(2 * Fp<W>::kPrec + 8)) return T(2) - opaque(kMinNormal<T>);
    return result<T>(dd(W(2)) - dd_scale(t.m, scale2(W(1), t.k)));
  }
  if (a < W(kSeriesLimit)) return result<T>(dd(W(1)) - erf_series(a));
  T r;
  if (a > W(120)) {
    r = underflow_value<T>(false);
  } else {
    Scaled<W> t = erfc_tail(a);
    r = result<T>(t.m, t.k);
  }
  if (r < kMinNormal<T>) set_errno(ERANGE);
  return r;
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
PURE_MATH_EXPORT1(erf, erf_impl)
PURE_MATH_EXPORT1(erfc, erfc_impl)
