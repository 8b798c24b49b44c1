/* pure libc: <math.h> (C17 7.12, POSIX, common extensions). */
#ifndef _MATH_H
#define _MATH_H
#include <features.h>

/* float_t and double_t follow the evaluation method the compiler announces. */
#if defined(__FLT_EVAL_METHOD__) && __FLT_EVAL_METHOD__ == 2
typedef long double float_t;
typedef long double double_t;
#elif defined(__FLT_EVAL_METHOD__) && __FLT_EVAL_METHOD__ == 1
typedef double float_t;
typedef double double_t;
#else
typedef float float_t;
typedef double double_t;
#endif

#define HUGE_VAL (__builtin_huge_val())
#define HUGE_VALF (__builtin_huge_valf())
#define HUGE_VALL (__builtin_huge_vall())
#define INFINITY (__builtin_inff())
#define NAN (__builtin_nanf(""))

#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4

/* ilogb(0) and ilogb(NaN); distinct so callers can tell them apart. */
#define FP_ILOGB0 (-2147483647 - 1)
#define FP_ILOGBNAN 2147483647

/* aarch64 always has fused multiply-add; x86_64 only when compiled for FMA3. */
#if defined(__aarch64__) || defined(__FMA__)
#define FP_FAST_FMA 1
#define FP_FAST_FMAF 1
#endif

#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling (MATH_ERRNO | MATH_ERREXCEPT)

/* Classification works on any floating type through the compiler's generic builtins. */
#define fpclassify(x) __builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, (x))
#define isfinite(x) __builtin_isfinite(x)
#define isinf(x) __builtin_isinf(x)
#define isnan(x) __builtin_isnan(x)
#define isnormal(x) __builtin_isnormal(x)
#define signbit(x) __builtin_signbit(x)
#define isgreater(x, y) __builtin_isgreater((x), (y))
#define isgreaterequal(x, y) __builtin_isgreaterequal((x), (y))
#define isless(x, y) __builtin_isless((x), (y))
#define islessequal(x, y) __builtin_islessequal((x), (y))
#define islessgreater(x, y) __builtin_islessgreater((x), (y))
#define isunordered(x, y) __builtin_isunordered((x), (y))

#if __PURE_XOPEN || __PURE_DEFAULT
#define M_E 2.7182818284590452354
#define M_LOG2E 1.4426950408889634074
#define M_LOG10E 0.43429448190325182765
#define M_LN2 0.69314718055994530942
#define M_LN10 2.30258509299404568402
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_1_PI 0.31830988618379067154
#define M_2_PI 0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2 1.41421356237309504880
#define M_SQRT1_2 0.70710678118654752440
#endif

#if __PURE_GNU
#define M_El 2.718281828459045235360287471352662498L
#define M_LOG2El 1.442695040888963407359924681001892137L
#define M_LOG10El 0.434294481903251827651128918916605082L
#define M_LN2l 0.693147180559945309417232121458176568L
#define M_LN10l 2.302585092994045684017991454684364208L
#define M_PIl 3.141592653589793238462643383279502884L
#define M_PI_2l 1.570796326794896619231321691639751442L
#define M_PI_4l 0.785398163397448309615660845819875721L
#define M_1_PIl 0.318309886183790671537767526745028724L
#define M_2_PIl 0.636619772367581343075535053490057448L
#define M_2_SQRTPIl 1.128379167095512573896158903121545172L
#define M_SQRT2l 1.414213562373095048801688724209698079L
#define M_SQRT1_2l 0.707106781186547524400844362104849039L
#endif

__PURE_BEGIN_DECLS

/* Each function in its double, float and long double form (C17 7.12.4 to 7.12.14). */
#define __PURE_MATH1(name)                                                               \
  double name(double);                                                                   \
  float name##f(float);                                                                  \
  long double name##l(long double);
#define __PURE_MATH2(name)                                                               \
  double name(double, double);                                                           \
  float name##f(float, float);                                                           \
  long double name##l(long double, long double);

__PURE_MATH1(acos)
__PURE_MATH1(asin)
__PURE_MATH1(atan)
__PURE_MATH2(atan2)
__PURE_MATH1(cos)
__PURE_MATH1(sin)
__PURE_MATH1(tan)
__PURE_MATH1(acosh)
__PURE_MATH1(asinh)
__PURE_MATH1(atanh)
__PURE_MATH1(cosh)
__PURE_MATH1(sinh)
__PURE_MATH1(tanh)
__PURE_MATH1(exp)
__PURE_MATH1(exp2)
__PURE_MATH1(expm1)
__PURE_MATH1(log)
__PURE_MATH1(log10)
__PURE_MATH1(log1p)
__PURE_MATH1(log2)
__PURE_MATH1(logb)
__PURE_MATH1(cbrt)
__PURE_MATH1(fabs)
__PURE_MATH2(hypot)
__PURE_MATH2(pow)
__PURE_MATH1(sqrt)
__PURE_MATH1(erf)
__PURE_MATH1(erfc)
__PURE_MATH1(lgamma)
__PURE_MATH1(tgamma)
__PURE_MATH1(ceil)
__PURE_MATH1(floor)
__PURE_MATH1(nearbyint)
__PURE_MATH1(rint)
__PURE_MATH1(round)
__PURE_MATH1(trunc)
__PURE_MATH2(fmod)
__PURE_MATH2(remainder)
__PURE_MATH2(copysign)
__PURE_MATH2(nextafter)
__PURE_MATH2(fdim)
__PURE_MATH2(fmax)
__PURE_MATH2(fmin)

double frexp(double, int *);
float frexpf(float, int *);
long double frexpl(long double, int *);
int ilogb(double);
int ilogbf(float);
int ilogbl(long double);
double ldexp(double, int);
float ldexpf(float, int);
long double ldexpl(long double, int);
double modf(double, double *);
float modff(float, float *);
long double modfl(long double, long double *);
double scalbn(double, int);
float scalbnf(float, int);
long double scalbnl(long double, int);
double scalbln(double, long);
float scalblnf(float, long);
long double scalblnl(long double, long);
long lrint(double);
long lrintf(float);
long lrintl(long double);
long long llrint(double);
long long llrintf(float);
long long llrintl(long double);
long lround(double);
long lroundf(float);
long lroundl(long double);
long long llround(double);
long long llroundf(float);
long long llroundl(long double);
double remquo(double, double, int *);
float remquof(float, float, int *);
long double remquol(long double, long double, int *);
double nan(const char *);
float nanf(const char *);
long double nanl(const char *);
double nexttoward(double, long double);
float nexttowardf(float, long double);
long double nexttowardl(long double, long double);
double fma(double, double, double);
float fmaf(float, float, float);
long double fmal(long double, long double, long double);

#undef __PURE_MATH1
#undef __PURE_MATH2

#if __PURE_XOPEN || __PURE_DEFAULT
/* The sign of the last lgamma() result (POSIX XSI). */
extern int signgam;
#endif

#if __PURE_XOPEN || __PURE_DEFAULT
/* Bessel functions of the first and second kind (XSI; the f and l forms are GNU). */
double j0(double);
double j1(double);
double jn(int, double);
double y0(double);
double y1(double);
double yn(int, double);
#endif
#if __PURE_DEFAULT
float j0f(float);
float j1f(float);
float jnf(int, float);
float y0f(float);
float y1f(float);
float ynf(int, float);
long double j0l(long double);
long double j1l(long double);
long double jnl(int, long double);
long double y0l(long double);
long double y1l(long double);
long double ynl(int, long double);
#endif

#if __PURE_DEFAULT
/* Reentrant lgamma: the sign goes to *sign instead of signgam. */
double lgamma_r(double, int *);
float lgammaf_r(float, int *);
long double lgammal_r(long double, int *);
#endif

#if __PURE_DEFAULT
/* BSD and SVID names: drem is remainder, finite is isfinite; scalb takes a floating
   exponent; significand is x scaled into [1, 2). */
double drem(double, double);
float dremf(float, float);
int finite(double);
int finitef(float);
double scalb(double, double);
float scalbf(float, float);
double significand(double);
float significandf(float);
#endif

#if __PURE_GNU
/* pow10 is the older name of exp10. */
double pow10(double);
float pow10f(float);
long double pow10l(long double);
double exp10(double);
float exp10f(float);
long double exp10l(long double);
void sincos(double, double *, double *);
void sincosf(float, float *, float *);
void sincosl(long double, long double *, long double *);
#endif

__PURE_END_DECLS
#endif
