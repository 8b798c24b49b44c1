// lgamma, lgamma_r, tgamma: Stirling's series above 16 (24 for binary128), reached by
// the recurrence Gamma(z+1) = z Gamma(z); Taylor series around 1 and 2 where lgamma
// vanishes; the reflection formula for negative arguments.
#include <math.h>
#include "math/core.h"

// Weak: ISO C leaves the name to the program, which may define its own.
__attribute__((weak)) int signgam;

namespace pure::math {
namespace {

template <class W> constexpr int kStirlingFrom = Fp<W>::kPrec > 100 ? 24 : 16;
template <class W> constexpr int kStirlingTerms = Fp<W>::kPrec > 100 ? 22 : 14;

// log(z) for a positive double-length z whose hi part may be subnormal.
template <class W> DD<W> log_dd(DD<W> z) {
  if (z.hi >= kMinNormal<W>) return log_core(z);
  constexpr int kS = Fp<W>::kPrec;
  return log_core(dd_scale(z, pow2<W>(kS))) - K<W>::ln2 * W(kS);
}

// (z - 1/2) log z - z + log(2 pi)/2 + sum B_2k / (2k (2k-1) z^(2k-1)), z >= kStirlingFrom.
template <class W> DD<W> stirling(DD<W> z) {
  if (z.hi >= W(0x1p80)) {
    // Only the leading terms matter; scaled by 2^-80 so no product can overflow.
    W s = W(0x1p-80);
    DD<W> zs = dd_scale(z, s);
    DD<W> l = log_core(z);
    DD<W> v = (zs - dd(W(0.5) * s)) * l - zs + dd_scale(K<W>::half_ln_2pi, s);
    return dd_scale(v, W(0x1p80));  // may overflow to inf: the caller rounds it
  }
  DD<W> iz = dd(W(1)) / z;
  DD<W> iz2 = iz * iz;
  DD<W> sum = K<W>::stirling[kStirlingTerms<W> - 1];
  for (int k = kStirlingTerms<W> - 2; k >= 0; k--) sum = sum * iz2 + K<W>::stirling[k];
  return (z - W(0.5)) * log_core(z) - z + K<W>::half_ln_2pi + sum * iz;
}

// lgamma(2 + e) = (1 - gamma) e + sum_{k>=2} (-1)^k (zeta(k) - 1) e^k / k, |e| <= 0.2.
template <class W> DD<W> lgamma_near2(DD<W> e) {
  constexpr int kN = kWorkBits<W> / 3 + 4;
  static_assert(kN < 64);
  DD<W> acc = dd(W(0));
  for (int k = kN; k >= 2; k--) {
    DD<W> c = K<W>::zeta_m1[k] / W(k);
    acc = (acc + ((k & 1) ? -c : c)) * e;
  }
  return (acc + (dd(W(1)) - K<W>::euler_gamma)) * e;
}

// lgamma(z) for z > 0.
template <class W> DD<W> lgamma_pos(DD<W> z) {
  if (z.hi < scale2(W(1), -(Fp<W>::kPrec + 4))) return -log_dd(z);  // -log z - gamma z
  DD<W> e1 = z - W(1);
  if (abs_of(e1.hi) <= W(0.2)) return lgamma_near2(e1) - log1p_core(e1);
  DD<W> e2 = z - W(2);
  if (abs_of(e2.hi) <= W(0.2)) return lgamma_near2(e2);
  if (z.hi >= W(kStirlingFrom<W>)) return stirling(z);
  // lgamma(z) = lgamma(z + n) - log(z (z+1) ... (z+n-1)).
  DD<W> prod = z, zn = z + W(1);
  while (zn.hi < W(kStirlingFrom<W>)) {
    prod = prod * zn;
    zn = zn + W(1);
  }
  return stirling(zn) - log_dd(prod);
}

// sin(pi f) for |f| <= 1/2, f exact.
template <class W> DD<W> sin_pi(W f) {
  W af = abs_of(f);
  DD<W> v = af <= W(0.25) ? sin_series(K<W>::pi * af) : cos_series(K<W>::pi * (W(0.5) - af));
  return sign_of(f) ? -v : v;
}

// lgamma(x) and the sign of Gamma(x) for finite x that is not a pole.
template <class W> DD<W> lgamma_core(W x, int *sign) {
  *sign = 1;
  if (x > 0) return lgamma_pos(dd(x));
  // Gamma(x) Gamma(1-x) = pi / sin(pi x), with sin(pi x) = (-1)^n sin(pi f), x = n + f.
  W n = rint_of(x);
  W f = x - n;
  DD<W> s = sin_pi(f);
  bool odd = trunc_of(n * W(0.5)) * 2 != n;
  if (sign_of(s.hi) != odd) *sign = -1;
  DD<W> as = sign_of(s.hi) ? -s : s;
  return K<W>::ln_pi - log_dd(as) - lgamma_pos(two_sum(W(1), -x));
}

template <class T> bool is_pole(T x) { return x == 0 || (x < 0 && trunc_of(x) == x); }

template <class T> T lgamma_impl(T x, int *sign) {
  using W = Work<T>;
  *sign = 1;
  if (is_nan(x)) return x + x;
  if (is_inf(x)) return abs_of(x);
  if (is_pole(x)) {
    if (x == 0 && sign_of(x)) *sign = -1;
    set_errno(ERANGE);
    return pole_value<T>(false);
  }
  if (x == T(1) || x == T(2)) return T(0);
  DD<W> v = lgamma_core(W(x), sign);
  T r = result<T>(v);
  if (is_inf(r)) set_errno(ERANGE);
  return r;
}

template <class T> T tgamma_impl(T x) {
  using W = Work<T>;
  if (is_nan(x)) return x + x;
  if (is_inf(x)) {
    if (!sign_of(x)) return x;
    set_errno(EDOM);
    return invalid_value<T>();
  }
  if (x == 0) {
    set_errno(ERANGE);
    return pole_value<T>(sign_of(x));
  }
  if (is_pole(x)) {
    set_errno(EDOM);
    return invalid_value<T>();
  }
  T r;
  if (x > T(2000)) {
    r = overflow_value<T>(false);
  } else if (x < T(-2000)) {
    // Far below any representable magnitude; the sign alternates between poles.
    W n = trunc_of(W(x));
    r = underflow_value<T>(trunc_of(n * W(0.5)) * 2 == n);
  } else if (abs_of(x) < T(scale2(1.0, -(Fp<T>::kPrec + 4)))) {
    r = T(1) / x;  // 1/x - gamma: the constant is below the last bit
  } else {
    int sign;
    DD<W> l = lgamma_core(W(x), &sign);
    Scaled<W> e = exp_core(l);
    r = result<T>(sign < 0 ? -e.m : e.m, e.k);
  }
  if (is_inf(r) || abs_of(r) < kMinNormal<T>) set_errno(ERANGE);
  return r;
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
extern "C" double lgamma(double x) { return lgamma_impl(x, &signgam); }
extern "C" float lgammaf(float x) { return lgamma_impl(x, &signgam); }
extern "C" long double lgammal(long double x) { return lgamma_impl(x, &signgam); }
extern "C" double lgamma_r(double x, int *s) { return lgamma_impl(x, s); }
extern "C" float lgammaf_r(float x, int *s) { return lgamma_impl(x, s); }
extern "C" long double lgammal_r(long double x, int *s) { return lgamma_impl(x, s); }
PURE_MATH_EXPORT1(tgamma, tgamma_impl)
