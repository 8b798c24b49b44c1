// csinh, ccosh, ctanh and through them csin, ccos, ctan (C17 7.3.5, 7.3.6, G.6.2).
#include "complex/cplx.h"

namespace pure::cplx {
namespace {

template <class T> C<T> csinh_impl(C<T> z) {
  T x = re(z), y = im(z);
  if (y == 0) return make(r_sinh(x), y);
  if (x == 0 && !is_finite(y)) return make(x, y - y);
  if (is_inf(x) && !is_finite(y)) return make(x, y - y);
  if (is_nan(x)) return make(x, x);
  return make(r_sinh(x) * r_cos(y), r_cosh(x) * r_sin(y));
}

template <class T> C<T> ccosh_impl(C<T> z) {
  T x = re(z), y = im(z);
  if (y == 0) {
    T i = is_nan(x) ? y : is_finite(x) ? r_sinh(x) * y : (sign_of_neg(x) ? -y : y);
    return make(r_cosh(x), i);
  }
  if (x == 0 && !is_finite(y)) return make(y - y, T(0));
  if (is_inf(x) && !is_finite(y)) return make(kInf<T>, y - y);
  if (is_nan(x)) return make(x, x);
  return make(r_cosh(x) * r_cos(y), r_sinh(x) * r_sin(y));
}

template <class T> C<T> ctanh_impl(C<T> z) {
  T x = re(z), y = im(z);
  if (y == 0) return make(math::is_nan(x) ? x : r_tanh(x), y);
  if (is_inf(x)) {
    T s = is_finite(y) ? r_sin(2 * y) : y;
    return make(r_copysign(T(1), x), r_copysign(T(0), s));
  }
  if (x == 0 && !is_finite(y)) return make(x, y - y);
  if (is_nan(x)) return make(x, x);
  if (!is_finite(y)) {
    T n = y - y;
    return make(n, n);
  }
  // Beyond this e^-2|x| is below the last bit of the real part.
  if (r_fabs(x) > T(math::Fp<T>::kPrec) * T(0.35) + 1) {
    T e = r_exp(-2 * r_fabs(x));
    return make(r_copysign(T(1), x), 4 * r_sin(y) * r_cos(y) * e);
  }
  // Kahan: with t = tan y, b = 1 + t^2, s = sinh x, p = sqrt(1 + s^2) = cosh x,
  // tanh z = (b p s + i t) / (1 + b s^2).
  T t = r_tan(y), b = 1 + t * t, s = r_sinh(x), p = r_sqrt(1 + s * s);
  T d = 1 + b * s * s;
  return make(b * p * s / d, t / d);
}

template <class T> C<T> csin_impl(C<T> z) {
  C<T> w = csinh_impl<T>(make(-im(z), re(z)));
  return make(im(w), -re(w));
}
template <class T> C<T> ccos_impl(C<T> z) { return ccosh_impl<T>(make(-im(z), re(z))); }
template <class T> C<T> ctan_impl(C<T> z) {
  C<T> w = ctanh_impl<T>(make(-im(z), re(z)));
  return make(im(w), -re(w));
}

}  // namespace
}  // namespace pure::cplx

using namespace pure::cplx;
PURE_CPLX_EXPORT1(csinh, csinh_impl)
PURE_CPLX_EXPORT1(ccosh, ccosh_impl)
PURE_CPLX_EXPORT1(ctanh, ctanh_impl)
PURE_CPLX_EXPORT1(csin, csin_impl)
PURE_CPLX_EXPORT1(ccos, ccos_impl)
PURE_CPLX_EXPORT1(ctan, ctan_impl)
