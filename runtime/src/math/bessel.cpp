// Bessel functions of the first and second kind (POSIX XSI): j0, j1, jn, y0, y1, yn.
// Power series in double length up to about x = 0.35 kWorkBits (their cancellation is
// far below the spare bits), Hankel's asymptotic expansion above, where its smallest
// term ~e^-2x is below 2^-kWorkBits; the phase x - (2n+1)pi/4 is reduced exactly.
// Higher orders: forward recurrence for Y, and for J below x; otherwise the series
// (small x) or Miller's backward recurrence normalized by J0 + 2 sum J2k = 1.
// Accuracy is relative away from the zeros, absolute (~2^-kWorkBits) near them.
#include <math.h>
#include "math/core.h"

namespace pure::math {
namespace {

template <class W> W series_limit() { return W(kWorkBits<W>) * W(0.35); }

// Series of J_n(x) for x >= 0: sum (-1)^k (x/2)^(2k+n) / (k! (n+k)!), scaled: returns
// S and sets *k2 so that J_n(x) = S * 2^k2 (the leading factor may be tiny).
template <class W> Scaled<W> j_series(int n, W x) {
  DD<W> h = dd(x * W(0.5));
  DD<W> q = h * h;  // x^2/4
  // Leading term (x/2)^n / n! = exp(n log(x/2) - log n!) when n > 1; direct otherwise.
  Scaled<W> lead;
  if (n == 0) {
    lead = {dd(W(1)), 0};
  } else {
    DD<W> l = dd(W(0));
    for (int i = 2; i <= n; i++) l = l + log_core(dd(W(i)));
    lead = exp_core(log_core(h) * W(n) - l);
  }
  DD<W> t = dd(W(1)), sum = dd(W(1));
  const W tiny = scale2(W(1), -(kWorkBits<W> + 20));
  for (int k = 1; k < 1000; k++) {
    t = -(t * q) / (W(k) * W(n + k));
    sum = sum + t;
    if (abs_of(t.hi) < abs_of(sum.hi) * tiny && W(k) * W(k) > q.hi) break;
  }
  return {sum * lead.m, lead.k};
}

// Y0 and Y1 series (x > 0, below series_limit).
template <class W> DD<W> y0_series(W x) {
  DD<W> h = dd(x * W(0.5));
  DD<W> q = h * h;
  DD<W> t = dd(W(1)), hk = dd(W(0)), sum = dd(W(0));
  const W tiny = scale2(W(1), -(kWorkBits<W> + 20));
  for (int k = 1; k < 1000; k++) {
    t = -(t * q) / (W(k) * W(k));  // (-1)^k (x^2/4)^k / k!^2
    hk = hk + dd(W(1)) / W(k);
    DD<W> term = -(t * hk);
    sum = sum + term;
    if (abs_of(term.hi) < (abs_of(sum.hi) + W(1)) * tiny && W(k) * W(k) > q.hi) break;
  }
  Scaled<W> j = j_series(0, x);
  DD<W> j0 = dd_scale(j.m, scale2(W(1), j.k));
  DD<W> lg = log_core(h) + K<W>::euler_gamma;
  DD<W> two_pi = dd(W(2)) / K<W>::pi;
  return (lg * j0 + sum) * two_pi;
}

template <class W> DD<W> y1_series(W x) {
  DD<W> h = dd(x * W(0.5));
  DD<W> q = h * h;
  // sum_{k>=0} (-1)^k (psi(k+1) + psi(k+2)) (x/2)^(2k+1) / (k! (k+1)!),
  // psi(m+1) = H_m - gamma.
  DD<W> t = h, hk = dd(W(0)), hk1 = dd(W(1)), sum = dd(W(0));
  DD<W> two_g = dd_scale(K<W>::euler_gamma, W(2));
  const W tiny = scale2(W(1), -(kWorkBits<W> + 20));
  for (int k = 0; k < 1000; k++) {
    if (k > 0) {
      t = -(t * q) / (W(k) * W(k + 1));
      hk = hk + dd(W(1)) / W(k);
      hk1 = hk1 + dd(W(1)) / W(k + 1);
    }
    DD<W> term = t * (hk + hk1 - two_g);
    sum = sum + term;
    if (k > 0 && abs_of(term.hi) < abs_of(sum.hi) * tiny && W(k) * W(k) > q.hi) break;
  }
  Scaled<W> j = j_series(1, x);
  DD<W> j1 = dd_scale(j.m, scale2(W(1), j.k));
  DD<W> inv_pi = dd(W(1)) / K<W>::pi;
  DD<W> v = dd_scale(log_core(h) * j1 * inv_pi, W(2)) - sum * inv_pi;
  return v - dd(W(2)) / (K<W>::pi * x);
}

// Hankel's expansion for order nu in {0, 1}, x >= series_limit: J and Y together.
template <class W> void hankel(int nu, W x, DD<W> *j, DD<W> *y) {
  W mu = W(4 * nu * nu);
  DD<W> p = dd(W(1)), q = dd(W(0));
  DD<W> a = dd(W(1));  // a_k(nu) / x^k
  DD<W> ix = dd(W(1)) / dd(x);
  const W tiny = scale2(W(1), -(kWorkBits<W> + 20));
  W last = W(1);
  for (int k = 1; k < 4 * 200; k++) {
    W odd = W(2 * k - 1);
    a = a * (mu - odd * odd) * ix / W(8 * k);
    W mag = abs_of(a.hi);
    if (mag > last) break;  // the asymptotic series starts to diverge
    last = mag;
    // Terms alternate in pairs: P gets the even k with sign (-1)^(k/2), Q the odd ones.
    int r = k & 3;
    if (r == 0) p = p + a;
    else if (r == 2) p = p - a;
    else if (r == 1) q = q + a;
    else q = q - a;
    if (mag < tiny) break;
  }
  // chi = x - pi/4 - nu pi/2; x = m pi/2 + r exactly.
  DD<W> r;
  int m = reduce_half_pi(x, &r);
  DD<W> sr = sin_series(r), cr = cos_series(r);
  DD<W> half_sqrt2 = dd_sqrt(dd(W(0.5)));
  DD<W> c = (cr + sr) * half_sqrt2, s = (sr - cr) * half_sqrt2;  // of r - pi/4
  DD<W> cc, ss;
  switch ((m - nu) & 3) {
    case 0: cc = c; ss = s; break;
    case 1: cc = -s; ss = c; break;
    case 2: cc = -c; ss = -s; break;
    default: cc = s; ss = -c; break;
  }
  DD<W> amp = dd_sqrt(dd(W(2)) / (K<W>::pi * x));
  *j = (p * cc - q * ss) * amp;
  *y = (p * ss + q * cc) * amp;
}

// J_nu and Y_nu for nu in {0, 1}, x > 0 finite.
template <class W> DD<W> j01(int nu, W x) {
  if (x < series_limit<W>()) {
    Scaled<W> s = j_series(nu, x);
    return dd_scale(s.m, scale2(W(1), s.k));
  }
  DD<W> j, y;
  hankel(nu, x, &j, &y);
  return j;
}
template <class W> DD<W> y01(int nu, W x) {
  if (x < series_limit<W>()) return nu ? y1_series(x) : y0_series(x);
  DD<W> j, y;
  hankel(nu, x, &j, &y);
  return y;
}

template <class T> T j_impl(int n, T x) {
  using W = Work<T>;
  if (is_nan(x)) return x + x;
  bool neg = n < 0 && (n & 1);  // J_-n = (-1)^n J_n
  long nn = n < 0 ? -static_cast<long>(n) : n;
  if (sign_of(x) && (nn & 1)) neg = !neg;
  if (is_inf(x)) return T(0);
  W a = W(abs_of(x));
  if (a == 0) return nn == 0 ? T(1) : (neg ? -T(0) : T(0));
  DD<W> v;
  // (x/2)^n / n! bounds J_n: beyond n = 4x + 20000 it is below 2^-30000.
  if (nn > 1 && W(nn) > 4 * a + 20000) return underflow_value<T>(neg);
  if (nn <= 1) {
    v = j01(static_cast<int>(nn), a);
  } else if (a < series_limit<W>()) {
    if (nn > 100000) return underflow_value<T>(neg);
    Scaled<W> s = j_series(static_cast<int>(nn), a);
    return result<T>(neg ? -s.m : s.m, s.k);
  } else if (W(nn) < a) {
    // Forward recurrence J_{k+1} = (2k/x) J_k - J_{k-1}: stable while k < x.
    DD<W> jm = j01(0, a), jk = j01(1, a);
    for (long k = 1; k < nn; k++) {
      DD<W> jn = jk * (dd(W(2 * k)) / a) - jm;
      jm = jk;
      jk = jn;
    }
    v = jk;
  } else {
    // Miller: recur downward from far above n, then normalize with
    // J0 + 2 (J2 + J4 + ...) = 1; rescale to keep the values in range.
    // Far enough above n (and x) that J_start / J_n is below 2^-kWorkBits.
    double m = static_cast<double>(nn) > double(a) ? static_cast<double>(nn) : double(a);
    long start = static_cast<long>(m + __builtin_sqrt(kWorkBits<W> * m) + kWorkBits<W> / 2);
    start += start & 1;
    DD<W> up = dd(W(0)), cur = dd(scale2(W(1), -200)), want = dd(W(0)), norm = dd(W(0));
    long want_shift = 0, shift = 0;
    bool have = false;
    for (long k = start; k >= 1; k--) {
      DD<W> down = cur * (dd(W(2 * k)) / a) - up;  // J_{k-1}
      up = cur;
      cur = down;
      if ((k - 1) % 2 == 0) norm = norm + (k - 1 == 0 ? cur : dd_scale(cur, W(2)));
      if (k - 1 == nn) {
        want = cur;
        want_shift = shift;
        have = true;
      }
      if (abs_of(cur.hi) > scale2(W(1), 400)) {
        W s = scale2(W(1), -400);
        cur = dd_scale(cur, s);
        up = dd_scale(up, s);
        norm = dd_scale(norm, s);
        if (have) want = dd_scale(want, s);
        shift += 400;
      }
    }
    (void)want_shift;
    v = want / norm;
  }
  return result<T>(neg ? -v : v);
}

template <class T> T y_impl(int n, T x) {
  using W = Work<T>;
  if (is_nan(x)) return x + x;
  if (sign_of(x) && x != 0) {
    set_errno(EDOM);
    (void)invalid_value<T>();
    return -T(__builtin_inf());
  }
  if (x == 0) {
    set_errno(ERANGE);
    return pole_value<T>(true);
  }
  if (is_inf(x)) return T(0);
  bool neg = n < 0 && (n & 1);  // Y_-n = (-1)^n Y_n
  long nn = n < 0 ? -static_cast<long>(n) : n;
  W a = W(x);
  DD<W> v;
  if (nn <= 1) {
    v = y01(static_cast<int>(nn), a);
  } else {
    // Forward recurrence: Y grows with the order, so it is stable.
    // The values are kept below 2^(emax-100) by rescaling (the double-length products
    // need that headroom); `shift` counts the scaling.
    DD<W> ym = y01(0, a), yk = y01(1, a);
    long shift = 0;
    const W limit = scale2(W(1), Fp<W>::kBias - 100), down = scale2(W(1), -Fp<W>::kBias / 2);
    for (long k = 1; k < nn; k++) {
      DD<W> yn = yk * (dd(W(2 * k)) / a) - ym;
      ym = yk;
      yk = yn;
      if (abs_of(yk.hi) > limit) {
        yk = dd_scale(yk, down);
        ym = dd_scale(ym, down);
        shift += Fp<W>::kBias / 2;
        if (shift > 4L * Fp<W>::kBias) break;  // far beyond any representable value
      }
    }
    T r = result<T>(neg ? -yk : yk, shift);
    if (is_inf(r)) set_errno(ERANGE);
    return r;
  }
  T r = result<T>(neg ? -v : v);
  if (is_inf(r)) set_errno(ERANGE);
  return r;
}

}  // namespace
}  // namespace pure::math

using namespace pure::math;
extern "C" double j0(double x) { return j_impl(0, x); }
extern "C" float j0f(float x) { return j_impl(0, x); }
extern "C" long double j0l(long double x) { return j_impl(0, x); }
extern "C" double j1(double x) { return j_impl(1, x); }
extern "C" float j1f(float x) { return j_impl(1, x); }
extern "C" long double j1l(long double x) { return j_impl(1, x); }
extern "C" double jn(int n, double x) { return j_impl(n, x); }
extern "C" float jnf(int n, float x) { return j_impl(n, x); }
extern "C" long double jnl(int n, long double x) { return j_impl(n, x); }
extern "C" double y0(double x) { return y_impl(0, x); }
extern "C" float y0f(float x) { return y_impl(0, x); }
extern "C" long double y0l(long double x) { return y_impl(0, x); }
extern "C" double y1(double x) { return y_impl(1, x); }
extern "C" float y1f(float x) { return y_impl(1, x); }
extern "C" long double y1l(long double x) { return y_impl(1, x); }
extern "C" double yn(int n, double x) { return y_impl(n, x); }
extern "C" float ynf(int n, float x) { return y_impl(n, x); }
extern "C" long double ynl(int n, long double x) { return y_impl(n, x); }
