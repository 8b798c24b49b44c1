/* strtod/strtof/strtold: correct rounding, hex floats, inf/nan, subnormals and range
   errors (C17 7.22.1.3). Bit-exact expectations are written as hex-float literals. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../check.h"

static int same_d(double a, double b) { return memcmp(&a, &b, sizeof a) == 0; }
static int same_f(float a, float b) { return memcmp(&a, &b, sizeof a) == 0; }

#define D(str, want, used)                         \
  do {                                             \
    char *e_;                                      \
    errno = 0;                                     \
    double v_ = strtod(str, &e_);                  \
    CHECK(same_d(v_, want));                       \
    CHECK_INT(e_ - (str), used);                   \
  } while (0)

int main(void) {
  D("0", 0.0, 1);
  D("1", 1.0, 1);
  D("  -1.5e3xyz", -1500.0, 8);
  D("0.1", 0x1.999999999999ap-4, 3);
  D(".5", 0.5, 2);
  D("5.", 5.0, 2);
  D("1e", 1.0, 1);
  D("1e+", 1.0, 1);
  D("1.e2", 100.0, 4);
  D("0x1p-2", 0.25, 6);
  D("0x1.8", 1.5, 5);
  D("0x", 0.0, 1);
  D("0xg", 0.0, 1);
  D("-0x.8p1", -1.0, 7);
  D("9007199254740993", 9007199254740992.0, 16); /* tie: to even */
  D("9007199254740993.0000000000000000000000000001", 9007199254740994.0, 45);
  D("9007199254740995", 9007199254740996.0, 16);
  D("2.2250738585072014e-308", 0x1p-1022, 23);
  D("1.7976931348623157e308", 0x1.fffffffffffffp+1023, 22);
  D("4.9406564584124654e-324", 0x0.0000000000001p-1022, 23);
  D("123456789012345678901234567890", 0x1.8ee90ff6c373ep+96, 30);
  /* 19 digits just below and just above the midpoint of two doubles, with powers of ten
     from 10^-48 to 10^-98: the quotient's remainder decides the rounding. */
  D("1.000000000000000170e-30", 0x1.4484bfeebc2ap-100, 24);
  D("1.000000000000000171e-30", 0x1.4484bfeebc2a1p-100, 24);
  D("3.300000000000000084e-50", 0x1.8b18b4a8917e6p-165, 24);
  D("3.300000000000000085e-50", 0x1.8b18b4a8917e7p-165, 24);
  D("7.000000000000001040e-80", 0x1.099969463b4ffp-263, 24);
  D("7.000000000000001041e-80", 0x1.099969463b5p-263, 24);
  {
    /* no conversion: end = start, value 0 */
    const char *s = "  +.e5";
    char *e;
    CHECK(strtod(s, &e) == 0.0 && e == s);
    s = "-";
    CHECK(strtod(s, &e) == 0.0 && e == s);
  }
  /* inf and nan */
  {
    char *e;
    const char *s = "-Infinity!";
    double v = strtod(s, &e);
    CHECK(isinf(v) && v < 0 && e == s + 9);
    s = "INFINIT";
    v = strtod(s, &e);
    CHECK(isinf(v) && e == s + 3);
    s = "nan(123)x";
    v = strtod(s, &e);
    CHECK(isnan(v) && e == s + 8);
    s = "nan(12";
    v = strtod(s, &e);
    CHECK(isnan(v) && e == s + 3);
  }
  /* range errors */
  {
    char *e;
    errno = 0;
    double v = strtod("1e309", &e);
    CHECK(v == HUGE_VAL && errno == ERANGE);
    errno = 0;
    v = strtod("-1e5000", &e);
    CHECK(v == -HUGE_VAL && errno == ERANGE);
    errno = 0;
    v = strtod("1e-400", &e);
    CHECK(v == 0.0 && errno == ERANGE);
    errno = 0;
    v = strtod("1e-320", &e); /* subnormal and inexact */
    CHECK(v > 0 && v < DBL_MIN && errno == ERANGE);
    errno = 0;
    v = strtod("1.5", &e);
    CHECK(errno == 0);
    errno = 0;
    float f = strtof("3.5e38", &e);
    CHECK(f == HUGE_VALF && errno == ERANGE);
  }
  /* float */
  CHECK(same_f(strtof("0.1", NULL), 0x1.99999ap-4f));
  CHECK(same_f(strtof("1.00000005960464477539062500", NULL), 1.0f)); /* exact tie: even */
  CHECK(same_f(strtof("1.00000005960464477539062501", NULL), 0x1.000002p0f));
  CHECK(same_f(strtof("1.4e-45", NULL), 0x1p-149f));
  CHECK(same_f(strtof("3.4028235e38", NULL), 0x1.fffffep127f));
  /* long double */
  {
    long double v = strtold("0.1", NULL);
    CHECK(v == 0.1L);
    CHECK(strtold("1e4000", NULL) == 1e4000L);
    CHECK(strtold("0x1p-16382", NULL) == 0x1p-16382L);
    errno = 0;
    CHECK(strtold("1e5000", NULL) == HUGE_VALL && errno == ERANGE);
    CHECK(strtold("1.18973149535723176502e+4932", NULL) == LDBL_MAX || LDBL_MANT_DIG != 64);
  }
  /* round trips through %.17g and %a */
  {
    char s[64];
    unsigned long long x = 0x123456789abcdefULL;
    int bad = 0;
    for (int i = 0; i < 20000; i++) {
      x = x * 6364136223846793005ULL + 1442695040888963407ULL;
      double d;
      unsigned long long b = x;
      memcpy(&d, &b, sizeof d);
      if (isnan(d)) continue;
      snprintf(s, sizeof s, "%.17g", d);
      if (!same_d(strtod(s, NULL), d)) bad++;
      snprintf(s, sizeof s, "%a", d);
      if (!same_d(strtod(s, NULL), d)) bad++;
    }
    CHECK_INT(bad, 0);
  }
  /* long double round trips: LDBL_DECIMAL_DIG digits and %La are exact */
  {
    char s[128];
    unsigned long long x = 99;
    int bad = 0;
    for (int i = 0; i < 3000; i++) {
      char hex[40];
      for (int j = 0; j < 30; j++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        hex[j] = "0123456789abcdef"[(x >> 40) & 15];
      }
      hex[30] = 0;
      x = x * 6364136223846793005ULL + 1442695040888963407ULL;
      snprintf(s, sizeof s, "0x1.%sp%d", hex, (int)((x >> 33) % 32000) - 16000);
      long double v = strtold(s, NULL);
      snprintf(s, sizeof s, "%.*Lg", LDBL_DECIMAL_DIG, v);
      if (strtold(s, NULL) != v) bad++;
      snprintf(s, sizeof s, "%La", v);
      if (strtold(s, NULL) != v) bad++;
    }
    CHECK_INT(bad, 0);
  }
  CHECK(atof("2.5") == 2.5);
  return check_done();
}
