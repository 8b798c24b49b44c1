/* Helpers shared by the math tests: exact comparison (zero signs and NaN included) and
   an error measure in units in the last place against a reference computed in the test. */
#ifndef PURE_TEST_MATH_H
#define PURE_TEST_MATH_H
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "../check.h"

/* Same value, same sign of zero, or both NaN. */
static int same_d(double a, double b) {
  if (a != a) return b != b;
  return a == b && signbit(a) == signbit(b);
}
static int same_f(float a, float b) {
  if (a != a) return b != b;
  return a == b && signbit(a) == signbit(b);
}
static int same_l(long double a, long double b) {
  if (a != a) return b != b;
  return a == b && signbit(a) == signbit(b);
}

#define CHECK_D(got, want)                                                              \
  do {                                                                                  \
    double g_ = (got), w_ = (want);                                                     \
    check_count++;                                                                      \
    if (!same_d(g_, w_)) {                                                              \
      check_failures++;                                                                 \
      fprintf(stderr, "%s:%d: FAIL: %s == %a, want %a\n", __FILE__, __LINE__, #got, g_, w_); \
    }                                                                                   \
  } while (0)
#define CHECK_F(got, want)                                                              \
  do {                                                                                  \
    float g_ = (got), w_ = (want);                                                      \
    check_count++;                                                                      \
    if (!same_f(g_, w_)) {                                                              \
      check_failures++;                                                                 \
      fprintf(stderr, "%s:%d: FAIL: %s == %a, want %a\n", __FILE__, __LINE__, #got,    \
              (double)g_, (double)w_);                                                  \
    }                                                                                   \
  } while (0)
#define CHECK_L(got, want)                                                              \
  do {                                                                                  \
    long double g_ = (got), w_ = (want);                                                \
    check_count++;                                                                      \
    if (!same_l(g_, w_)) {                                                              \
      check_failures++;                                                                 \
      fprintf(stderr, "%s:%d: FAIL: %s == %La, want %La\n", __FILE__, __LINE__, #got, g_, w_); \
    }                                                                                   \
  } while (0)

/* |got - want| in units of the last place of a double at want (want exact-ish, given
   in long double or as a double-double hi + lo). */
static double ulp_err_d(double got, long double want) {
  int e;
  if (want == 0) return got == 0 ? 0 : 1e9;
  frexpl(want, &e);
  long double ulp = ldexpl(1.0L, (e - 53 < -1074 ? -1074 : e - 53));
  long double d = (long double)got - want;
  if (d < 0) d = -d;
  return (double)(d / ulp);
}

#define CHECK_ULP(got, want, maxulp)                                                    \
  do {                                                                                  \
    double g_ = (got);                                                                  \
    long double w_ = (want);                                                            \
    double u_ = ulp_err_d(g_, w_);                                                      \
    check_count++;                                                                      \
    if (!(u_ <= (maxulp))) {                                                            \
      check_failures++;                                                                 \
      fprintf(stderr, "%s:%d: FAIL: %s == %.17g, want %.21Lg (%.3f ulp)\n", __FILE__,   \
              __LINE__, #got, g_, w_, u_);                                              \
    }                                                                                   \
  } while (0)

#endif
