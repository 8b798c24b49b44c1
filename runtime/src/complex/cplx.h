// Shared helpers of the complex functions: one template per function over float,
// double and long double, built on the real functions of <math.h>.
#pragma once
#include <complex.h>
#include <math.h>
#include "math/fp.h"

namespace pure::cplx {

using math::is_finite;
using math::is_inf;
using math::is_nan;

template <class T> struct ComplexOf;
template <> struct ComplexOf<float> {
  using type = float _Complex;
};
template <> struct ComplexOf<double> {
  using type = double _Complex;
};
template <> struct ComplexOf<long double> {
  using type = long double _Complex;
};
template <class T> using C = typename ComplexOf<T>::type;

template <class T> inline C<T> make(T re, T im) {
  C<T> z;
  __real__ z = re;
  __imag__ z = im;
  return z;
}
inline float re(float _Complex z) { return __real__ z; }
inline double re(double _Complex z) { return __real__ z; }
inline long double re(long double _Complex z) { return __real__ z; }
inline float im(float _Complex z) { return __imag__ z; }
inline double im(double _Complex z) { return __imag__ z; }
inline long double im(long double _Complex z) { return __imag__ z; }

// The real functions, overloaded by type.
#define PURE_CPLX_REAL1(name)                                                 \
  inline double r_##name(double x) { return ::name(x); }                     \
  inline float r_##name(float x) { return ::name##f(x); }                    \
  inline long double r_##name(long double x) { return ::name##l(x); }
#define PURE_CPLX_REAL2(name)                                                 \
  inline double r_##name(double x, double y) { return ::name(x, y); }        \
  inline float r_##name(float x, float y) { return ::name##f(x, y); }        \
  inline long double r_##name(long double x, long double y) { return ::name##l(x, y); }
PURE_CPLX_REAL1(exp)
PURE_CPLX_REAL1(expm1)
PURE_CPLX_REAL1(log)
PURE_CPLX_REAL1(log1p)
PURE_CPLX_REAL1(sqrt)
PURE_CPLX_REAL1(sin)
PURE_CPLX_REAL1(cos)
PURE_CPLX_REAL1(tan)
PURE_CPLX_REAL1(sinh)
PURE_CPLX_REAL1(cosh)
PURE_CPLX_REAL1(asin)
PURE_CPLX_REAL1(tanh)
PURE_CPLX_REAL1(acosh)
PURE_CPLX_REAL1(atanh)
PURE_CPLX_REAL1(acos)
PURE_CPLX_REAL1(atan)
PURE_CPLX_REAL1(fabs)
PURE_CPLX_REAL2(atan2)
PURE_CPLX_REAL2(hypot)
PURE_CPLX_REAL2(copysign)
#undef PURE_CPLX_REAL1
#undef PURE_CPLX_REAL2
inline double r_scalbn(double x, int n) { return ::scalbn(x, n); }
inline float r_scalbn(float x, int n) { return ::scalbnf(x, n); }
inline long double r_scalbn(long double x, int n) { return ::scalbnl(x, n); }

template <class T> inline bool sign_of_neg(T x) { return math::sign_of(x); }
template <class T> constexpr T kInf = T(__builtin_inf());
template <class T> inline T nan_of() { return math::invalid_value<T>(); }

}  // namespace pure::cplx

#define PURE_CPLX_EXPORT1(name, impl)                                                             \
  extern "C" double _Complex name(double _Complex z) { return impl<double>(z); }                 \
  extern "C" float _Complex name##f(float _Complex z) { return impl<float>(z); }                 \
  extern "C" long double _Complex name##l(long double _Complex z) { return impl<long double>(z); }
