// casin, cacos, casinh, cacosh, catan, catanh (C17 7.3.5, 7.3.6, G.6.1, G.6.2).
// casin/cacos follow the method of Hull, Fairgrieve and Tang (ACM TOMS 23, 1997):
// with R = |z + 1|, S = |z - 1| and A = (R + S)/2, the real part comes from B = x/A and
// the imaginary part is acosh(A), each written without cancellation.
#include "complex/cplx.h"

namespace pure::cplx {
namespace {

template <class T> struct AsinParts {
  T asin_re;  // real part of asin(a + ib)
  T acos_re;  // real part of acos(a + ib)
  T im;       // acosh(A) >= 0: the imaginary part of asin, minus that of acos
};

template <class T> T ln2_of() { return T(0.693147180559945309417232121458176568L); }

// a, b finite and >= 0.
template <class T> AsinParts<T> asin_core(T a, T b) {
  // Far from the unit disc asin z = pi/2 - arg z + i log 2|z| to within an ulp.
  T big = r_scalbn(T(1), math::Fp<T>::kPrec / 2 + 2);
  if (a > big || b > big) {
    T im = r_log(r_hypot(a * T(0.25), b * T(0.25))) + 3 * ln2_of<T>();
    return {r_atan2(a, b), r_atan2(b, a), im};
  }
  T R = r_hypot(a + 1, b), S = r_hypot(a - 1, b);
  T A = (R + S) * T(0.5);
  T B = a / A;
  T y2 = b * b;
  T asin_re, acos_re;
  if (B <= T(0.6417)) {
    asin_re = r_asin(B);
    acos_re = r_acos(B);
  } else {
    T apx = A + a;
    T d;  // sqrt(A^2 - a^2)
    if (a <= 1) d = r_sqrt(T(0.5) * apx * (y2 / (R + (a + 1)) + (S + (1 - a))));
    else d = b * r_sqrt(T(0.5) * (apx / (R + (a + 1)) + apx / (S + (a - 1))));
    asin_re = r_atan(a / d);
    acos_re = r_atan(d / a);
  }
  T im;
  if (A <= T(1.5)) {
    T am1;  // A - 1
    if (a < 1) am1 = T(0.5) * (y2 / (R + (a + 1)) + y2 / (S + (1 - a)));
    else am1 = T(0.5) * (y2 / (R + (a + 1)) + (S + (a - 1)));
    im = r_log1p(am1 + r_sqrt(am1 * (A + 1)));
  } else {
    im = r_log(A + r_sqrt(A * A - 1));
  }
  return {asin_re, acos_re, im};
}

template <class T> C<T> casinh_impl(C<T> z) {
  T x = re(z), y = im(z);
  const T pi_2 = T(1.570796326794896619231321691639751442L);
  if (is_nan(x) || is_nan(y)) {
    if (is_inf(x)) return make(x, y);        // +-inf + iNaN
    if (is_inf(y)) return make(y, x);        // NaN + i inf -> inf + iNaN
    if (y == 0) return make(x, y);           // NaN + i0
    return make(x + y, x + y);
  }
  if (is_inf(x) || is_inf(y)) {
    T r = r_copysign(kInf<T>, x);
    T i = is_inf(y) ? (is_inf(x) ? pi_2 / 2 : pi_2) : T(0);
    return make(r, r_copysign(i, y));
  }
  // casinh(x + iy) = -i casin(-y + ix).
  AsinParts<T> p = asin_core(r_fabs(y), r_fabs(x));
  return make(r_copysign(p.im, x), r_copysign(p.asin_re, y));
}

template <class T> C<T> casin_impl(C<T> z) {
  C<T> w = casinh_impl<T>(make(-im(z), re(z)));  // casin z = -i casinh(iz)
  return make(im(w), -re(w));
}

template <class T> C<T> cacos_impl(C<T> z) {
  T x = re(z), y = im(z);
  const T pi = T(3.141592653589793238462643383279502884L);
  if (is_nan(x) || is_nan(y)) {
    if (is_inf(x)) return make(y, x);  // NaN +- i inf
    if (is_inf(y)) return make(x, -y);
    if (x == 0) return make(pi / 2, y);
    return make(x + y, x + y);
  }
  if (is_inf(x) || is_inf(y)) {
    T r;
    if (is_inf(x) && is_inf(y)) r = sign_of_neg(x) ? 3 * pi / 4 : pi / 4;
    else if (is_inf(x)) r = sign_of_neg(x) ? pi : T(0);
    else r = pi / 2;
    return make(r, sign_of_neg(y) ? kInf<T> : -kInf<T>);
  }
  AsinParts<T> p = asin_core(r_fabs(x), r_fabs(y));
  T r = sign_of_neg(x) ? pi - p.acos_re : p.acos_re;
  return make(r, sign_of_neg(y) ? p.im : -p.im);
}

template <class T> C<T> cacosh_impl(C<T> z) {
  C<T> w = cacos_impl<T>(z);
  return make(r_fabs(im(w)), r_copysign(re(w), im(z)));
}

template <class T> C<T> catanh_impl(C<T> z) {
  T x = re(z), y = im(z);
  const T pi_2 = T(1.570796326794896619231321691639751442L);
  if (is_nan(x) || is_nan(y)) {
    if (is_inf(y)) return make(r_copysign(T(0), x), r_copysign(pi_2, y));
    if (is_inf(x)) return make(r_copysign(T(0), x), y);
    if (x == 0) return make(x, y);
    return make(x + y, x + y);
  }
  if (is_inf(x) || is_inf(y)) return make(r_copysign(T(0), x), r_copysign(pi_2, y));
  T a = r_fabs(x), b = r_fabs(y);
  T re_part, im_part;
  T big = r_scalbn(T(1), math::Fp<T>::kPrec / 2 + 2);
  if (a > big || b > big) {
    // 1/z to within an ulp; the imaginary part is pi/2.
    T h = r_hypot(a, b);
    re_part = (a / h) / h;
    im_part = pi_2;
  } else {
    // Kahan: re = log1p(4a / ((1-a)^2 + b^2)) / 4, im = atan2(2b, (1-a)(1+a) - b^2) / 2.
    T oma = 1 - a;
    re_part = T(0.25) * r_log1p(4 * a / (oma * oma + b * b));
    im_part = T(0.5) * r_atan2(2 * b, oma * (1 + a) - b * b);
  }
  return make(r_copysign(re_part, x), r_copysign(im_part, y));
}

template <class T> C<T> catan_impl(C<T> z) {
  C<T> w = catanh_impl<T>(make(-im(z), re(z)));  // catan z = -i catanh(iz)
  return make(im(w), -re(w));
}

}  // namespace
}  // namespace pure::cplx

using namespace pure::cplx;
PURE_CPLX_EXPORT1(casinh, casinh_impl)
PURE_CPLX_EXPORT1(casin, casin_impl)
PURE_CPLX_EXPORT1(cacos, cacos_impl)
PURE_CPLX_EXPORT1(cacosh, cacosh_impl)
PURE_CPLX_EXPORT1(catanh, catanh_impl)
PURE_CPLX_EXPORT1(catan, catan_impl)
