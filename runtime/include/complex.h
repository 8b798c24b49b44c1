/* pure libc: <complex.h> (C17 7.3). In C++ the `complex` and `I` macros are left out:
   there `complex` is std::complex (libc++ routes <complex.h> to <complex>). */
#ifndef _COMPLEX_H
#define _COMPLEX_H
#include <features.h>

#ifndef __cplusplus
#define complex _Complex
#define _Complex_I (__extension__ 1.0if)
#define I _Complex_I
#define CMPLX(x, y) __builtin_complex((double)(x), (double)(y))
#define CMPLXF(x, y) __builtin_complex((float)(x), (float)(y))
#define CMPLXL(x, y) __builtin_complex((long double)(x), (long double)(y))
#endif

__PURE_BEGIN_DECLS

#define __PURE_CMATH1(name)                                                              \
  double _Complex name(double _Complex);                                                 \
  float _Complex name##f(float _Complex);                                                \
  long double _Complex name##l(long double _Complex);
#define __PURE_CMATH_REAL(name)                                                          \
  double name(double _Complex);                                                          \
  float name##f(float _Complex);                                                         \
  long double name##l(long double _Complex);

__PURE_CMATH1(cacos)
__PURE_CMATH1(casin)
__PURE_CMATH1(catan)
__PURE_CMATH1(ccos)
__PURE_CMATH1(csin)
__PURE_CMATH1(ctan)
__PURE_CMATH1(cacosh)
__PURE_CMATH1(casinh)
__PURE_CMATH1(catanh)
__PURE_CMATH1(ccosh)
__PURE_CMATH1(csinh)
__PURE_CMATH1(ctanh)
__PURE_CMATH1(cexp)
__PURE_CMATH1(clog)
__PURE_CMATH1(csqrt)
__PURE_CMATH1(conj)
__PURE_CMATH1(cproj)
__PURE_CMATH_REAL(cabs)
__PURE_CMATH_REAL(carg)
__PURE_CMATH_REAL(cimag)
__PURE_CMATH_REAL(creal)

double _Complex cpow(double _Complex, double _Complex);
float _Complex cpowf(float _Complex, float _Complex);
long double _Complex cpowl(long double _Complex, long double _Complex);

#undef __PURE_CMATH1
#undef __PURE_CMATH_REAL

__PURE_END_DECLS
#endif
