/* The BSD/SVID math names, per their manual pages: drem = remainder, finite = isfinite,
   pow10 = exp10, scalb(x, n) = x * 2^n for an integral floating n, significand(x) = x
   scaled into [1, 2). */
#define _GNU_SOURCE
#include <errno.h>
#include <math.h>
#include "../check.h"

int main(void) {
  CHECK(drem(5.0, 3.0) == -1.0); /* 5/3 rounds to 2 */
  CHECK(drem(7.0, 2.0) == -1.0); /* 3.5 rounds to even 4 */
  CHECK(dremf(5.0f, 3.0f) == -1.0f);
  errno = 0;
  CHECK(isnan(drem(1.0, 0.0)));
  CHECK_INT(errno, EDOM);

  CHECK_INT(finite(1.0), 1);
  CHECK_INT(finite(-0.0), 1);
  CHECK_INT(finite(HUGE_VAL), 0);
  CHECK_INT(finite(NAN), 0);
  CHECK_INT(finitef(3.0f), 1);
  CHECK_INT(finitef(-INFINITY), 0);

  CHECK(pow10(2.0) == 100.0);
  CHECK(pow10(-3.0) == 0.001);
  CHECK(pow10f(1.0f) == 10.0f);
  CHECK(pow10l(4.0L) == 10000.0L);

  CHECK(scalb(3.0, 2.0) == 12.0);
  CHECK(scalb(-1.0, -3.0) == -0.125);
  CHECK(scalbf(1.5f, 4.0f) == 24.0f);
  CHECK(scalb(1.0, -INFINITY) == 0.0);
  CHECK(isinf(scalb(1.0, INFINITY)));
  CHECK(isinf(scalb(INFINITY, -1.0)));
  errno = 0;
  CHECK(isnan(scalb(1.0, 0.5))); /* not an integer */
  CHECK_INT(errno, EDOM);
  errno = 0;
  CHECK(isnan(scalb(0.0, INFINITY))); /* 0 * inf */
  CHECK_INT(errno, EDOM);
  errno = 0;
  CHECK(isnan(scalb(INFINITY, -INFINITY)));
  CHECK_INT(errno, EDOM);
  CHECK(isnan(scalb(NAN, 1.0)));
  errno = 0;
  CHECK(isinf(scalb(1.0, 1e6))); /* overflow */
  CHECK_INT(errno, ERANGE);

  CHECK(significand(12.0) == 1.5);
  CHECK(significand(-0.375) == -1.5);
  CHECK(significand(1.0) == 1.0);
  CHECK(significand(ldexp(1.75, -1060)) == 1.75); /* subnormal */
  CHECK(significandf(96.0f) == 1.5f);
  CHECK(significandf(ldexpf(1.25f, -140)) == 1.25f);
  CHECK(significand(0.0) == 0.0);
  CHECK(isinf(significand(-INFINITY)));
  CHECK(isnan(significand(NAN)));
  return check_done();
}
