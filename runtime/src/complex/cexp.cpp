// cexp, clog, csqrt, cpow (C17 7.3.7, 7.3.8 and the special values of G.6.3, G.6.4).
#include "complex/cplx.h"
#include "math/core.h"

namespace pure::cplx {
namespace {

template <class T> C<T> cexp_impl(C<T> z) {
  T x = re(z), y = im(z);
  if (y == 0) return make(r_exp(x), y);  // also NaN + i0 and +inf + i0
  if (is_inf(x) && !sign_of_neg(x)) {
    if (!is_finite(y)) return make(x, y - y);  // +inf + iNaN, invalid for an infinite y
  } else if (is_inf(x)) {
    if (!is_finite(y)) return make(T(0), T(0));
    return make(T(0) * r_cos(y), T(0) * r_sin(y));
  } else if (!is_finite(y)) {
    T n = y - y;  // invalid when y is infinite
    return make(n, n);
  }
  if (is_nan(x)) return make(x, x);
  T c = r_cos(y), s = r_sin(y);
  if (is_inf(x)) return make(x * c, x * s);
  // exp(x) may overflow where exp(x) cos y does not: split the exponential in two halves.
  if (x > T(700)) {
    T e = r_exp(x * T(0.5));
    return make(e * c * e, e * s * e);
  }
  T e = r_exp(x);
  return make(e * c, e * s);
}

// log|z| with |z|^2 summed exactly in double length: accurate even when |z| is near 1.
template <class T> T log_abs(T x, T y) {
  using W = math::Work<T>;
  W a = W(r_fabs(x)), b = W(r_fabs(y));
  if (a < b) {
    W t = a;
    a = b;
    b = t;
  }
  if (is_inf(a) || is_inf(b)) return kInf<T>;  // even with a NaN (G.6.3.2)
  if (is_nan(a) || is_nan(b)) return T(a + b);
  if (a == 0) return r_log(T(0));  // -inf, divide-by-zero
  int e = math::exponent_of(a);
  W as = math::scale2(a, -e), bs = b == 0 ? W(0) : math::scale2(b, -e);
  math::DD<W> s = math::two_prod(as, as) + math::two_prod(bs, bs);
  math::DD<W> l = math::dd_scale(math::log_core(s), W(0.5));
  if (e) l = math::K<W>::ln2 * W(e) + l;
  return math::result<T>(l);
}

template <class T> C<T> clog_impl(C<T> z) { return make(log_abs(re(z), im(z)), r_atan2(im(z), re(z))); }

template <class T> C<T> csqrt_impl(C<T> z) {
  T x = re(z), y = im(z);
  if (is_inf(y)) return make(kInf<T>, y);
  if (is_nan(x)) return make(x, x + y);
  if (is_inf(x)) {
    if (is_nan(y)) return sign_of_neg(x) ? make(y, x) : make(x, y);
    return sign_of_neg(x) ? make(T(0), r_copysign(kInf<T>, y)) : make(x, r_copysign(T(0), y));
  }
  if (is_nan(y)) return make(y, y);
  if (x == 0 && y == 0) return make(T(0), y);
  // Scale so that neither |x| + |z| overflows nor tiny arguments lose bits.
  int k = 0;
  T m = r_fabs(x) > r_fabs(y) ? r_fabs(x) : r_fabs(y);
  if (m > math::kMax<T> / 4) {
    k = 2;
  } else if (m < math::kMinNormal<T> * 4) {
    k = -2 * math::Fp<T>::kPrec;
  }
  T xs = r_scalbn(x, -k), ys = r_scalbn(y, -k);
  T t = r_sqrt((r_fabs(xs) + r_hypot(xs, ys)) * T(0.5));
  T u = r_fabs(ys) / (2 * t);
  t = r_scalbn(t, k / 2);
  u = r_scalbn(u, k / 2);
  if (!sign_of_neg(x)) return make(t, r_copysign(u, y));
  return make(u, r_copysign(t, y));
}

template <class T> C<T> cpow_impl(C<T> z, C<T> w) {
  if (re(w) == 0 && im(w) == 0) return make(T(1), T(0));
  if (re(z) == 0 && im(z) == 0 && im(w) == 0 && re(w) > 0) return make(T(0), T(0));
  C<T> l = clog_impl<T>(z);
  return cexp_impl<T>(make(re(w) * re(l) - im(w) * im(l), re(w) * im(l) + im(w) * re(l)));
}

}  // namespace
}  // namespace pure::cplx

using namespace pure::cplx;
PURE_CPLX_EXPORT1(cexp, cexp_impl)
PURE_CPLX_EXPORT1(clog, clog_impl)
PURE_CPLX_EXPORT1(csqrt, csqrt_impl)
extern "C" double _Complex cpow(double _Complex z, double _Complex w) { return cpow_impl<double>(z, w); }
extern "C" float _Complex cpowf(float _Complex z, float _Complex w) { return cpow_impl<float>(z, w); }
extern "C" long double _Complex cpowl(long double _Complex z, long double _Complex w) {
  return cpow_impl<long double>(z, w);
}
