/* printf family: flags, widths, precisions, length modifiers, positional arguments and
   exact floating point. Expected strings follow C17 7.21.6.1 (and POSIX for %n$, %m). */
#define _GNU_SOURCE
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "../check.h"

static char buf[4096];
#define F(want, ...)                                   \
  do {                                                 \
    int n_ = snprintf(buf, sizeof buf, __VA_ARGS__);   \
    CHECK_STR(buf, want);                              \
    CHECK_INT(n_, (int)strlen(want));                  \
  } while (0)

int main(void) {
  /* integers */
  F("42 -42 42 10 ff FF", "%d %i %u %o %x %X", 42, -42, 42u, 8, 255, 255);
  F("[    7] [7    ] [00007] [+7] [ 7]", "[%5d] [%-5d] [%05d] [%+d] [% d]", 7, 7, 7, 7, 7);
  F("[007] [    -007] [007     ] [     007]", "[%.3d] [%8.3d] [%-8.3d] [%08.3d]", 7, -7, 7, 7);
  F("44 4464 -1 -1", "%hhd %hd %ld %lld", 300, 70000, -1L, -1LL);
  F("44 4464 ffffffffffffffff", "%hhu %hu %llx", 300, 70000, -1LL);
  F("0 0 0xff 010 0XFF", "%#o %#x %#x %#o %#X", 0, 0, 255, 8, 255);
  F("[] [] [0] [     ]", "[%.0d] [%.0x] [%#.0o] [%5.0d]", 0, 0, 0, 0);
  F("-9223372036854775808 18446744073709551615", "%jd %zu", (intmax_t)INT64_MIN, (size_t)-1);
  F("-2147483648 2147483647", "%d %d", INT_MIN, INT_MAX);
  F("5 0x5 00005", "%td %#tx %05zd", (ptrdiff_t)5, (ptrdiff_t)5, (size_t)5);
  /* characters and strings */
  F("abc [    x] [y    ]", "%c%c%c [%5c] [%-5c]", 'a', 'b', 'c', 'x', 'y');
  F("hi [        hi] [hi        ] [he] [        he]", "%s [%10s] [%-10s] [%.2s] [%10.2s]", "hi", "hi",
    "hi", "hello", "hello");
  F("%|%", "%%|%%");
  /* pointers */
  F("0x1234", "%p", (void *)0x1234);
  /* '*' width and precision; a negative width means '-', a negative precision none */
  F("[    1] [2    ] [3    ] [1.00] [1.000000]", "[%*d] [%-*d] [%*d] [%.*f] [%.*f]", 5, 1, 5, 2, -5, 3, 2,
    1.0, -1, 1.0);
  /* positional arguments */
  F("b a 3", "%2$s %1$s %3$d", "a", "b", 3);
  F("      3.14|x", "%1$*2$.*3$f|%4$s", 3.14159, 10, 2, "x");
  F("2.500000 7 0x1p+0 z", "%2$Lf %1$d %3$a %4$c", 7, 2.5L, 1.0, 'z');
  /* %n */
  {
    int n = 0;
    signed char hh = 0;
    long long ll = 0;
    snprintf(buf, sizeof buf, "abc%n de%hhn f%lln", &n, &hh, &ll);
    CHECK_INT(n, 3);
    CHECK_INT(hh, 6);
    CHECK_INT(ll, 8);
  }
  /* %m prints strerror(errno) */
  {
    errno = ENOENT;
    snprintf(buf, sizeof buf, "%m");
    CHECK_STR(buf, strerror(ENOENT));
  }
  /* wide arguments in narrow output: UTF-8 */
  F("wide|   ab|\xc3\xa9|\xe2\x82\xac", "%ls|%5ls|%.3ls|%lc", L"wide", L"ab", L"\u00e9\u00e9", (wint_t)0x20ac);
  /* floating point: %f */
  F("0.000000 -0.000000 1.000000 3.141593", "%f %f %f %f", 0.0, -0.0, 1.0, 3.14159265);
  F("0 2 2 4", "%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5); /* round half to even */
  F("0.1 0.100000000000000005551115123125783", "%.1f %.33f", 0.1, 0.1);
  F("1.", "%#.0f", 1.0);
  F("[  3.14] [3.14  ] [003.14] [+3.14] [ 3.14]", "[%6.2f] [%-6.2f] [%06.2f] [%+.2f] [% .2f]", 3.14159,
    3.14159, 3.14159, 3.14159, 3.14159);
  F("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878"
    "171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075"
    "868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026"
    "184124858368.000000",
    "%f", DBL_MAX);
  {
    /* DBL_MIN = 2.2250738585072013830...e-308: 307 zeros, then 2225 rounds to 223 */
    char want[400] = "0.";
    memset(want + 2, '0', 307);
    strcpy(want + 309, "223");
    F(want, "%.310f", DBL_MIN);
  }
  F("1000000000000000000000.000000", "%f", 1e21);
  F("100000000000000000000.000000", "%Lf", 1e20L);
  /* %e */
  F("1.000000e+00 1.500000E-05 0.000000e+00 -1.0e+100", "%e %E %e %.1e", 1.0, 1.5e-5, 0.0, -1e100);
  F("2e+00 2e+00 5e-01", "%.0e %.0e %.0e", 1.5, 2.5, 0.5);
  F("1.797693e+308 2.225074e-308 4.940656e-324", "%e %e %e", DBL_MAX, DBL_MIN, 4.9406564584124654e-324);
  F("1.e+00", "%#.0e", 1.0);
  /* %g */
  F("0.1 1e+06 100000 0.0001 1e-05 1.23457e+08", "%g %g %g %g %g %g", 0.1, 1e6, 1e5, 1e-4, 1e-5, 123456789.0);
  F("0.10000000000000001 0.33333333333333331", "%.17g %.17g", 0.1, 1.0 / 3);
  F("1.00000 100000. 1.00000e+06", "%#g %#g %#g", 1.0, 1e5, 1e6);
  F("1e+04 0.001 1 0.5", "%.3g %.3g %.3g %.0g", 9999.5, 0.00099951, 1.0, 0.5);
  F("0", "%g", 0.0);
  F("-0", "%g", -0.0);
  /* %a: exact hexadecimal */
  F("0x1p+0 0x1.999999999999ap-4 -0x1.4p+1 0x0p+0", "%a %a %a %a", 1.0, 0.1, -2.5, 0.0);
  F("0X1.8P+1 0x1.fffffffffffffp+1023 0x0.0000000000001p-1022", "%A %a %a", 3.0, DBL_MAX, 4.9406564584124654e-324);
  F("0x2p+0 0x1p+1 0x1.0p+0 0x1.9ap-4", "%.0a %.0a %.1a %.2a", 1.5, 2.5, 1.0, 0.1);
  F("0x1.p+0", "%#.0a", 1.0);
  /* inf and nan: '0' flag ignored */
  F("inf -inf INF nan NAN", "%f %e %E %g %G", (double)INFINITY, -(double)INFINITY, (double)INFINITY,
    (double)NAN, (double)NAN);
  F("[       inf] [inf       ] [      +inf]", "[%010f] [%-10f] [%+010f]", (double)INFINITY, (double)INFINITY,
    (double)INFINITY);
  /* long double */
  F("1.000000 1.000000e+00 1 0.1", "%Lf %Le %Lg %Lg", 1.0L, 1.0L, 1.0L, 0.1L);
#if LDBL_MANT_DIG == 64
  F("0x8p-3 0xc.ccccccccccccccdp-7", "%La %La", 1.0L, 0.1L);
  F("1.18973149535723176502e+4932", "%.20Le", LDBL_MAX);
  F("3.64519953188247460253e-4951", "%.20Le", 3.64519953188247460253e-4951L);
#elif LDBL_MANT_DIG == 113
  F("0x1p+0 0x1.999999999999999999999999999ap-4", "%La %La", 1.0L, 0.1L);
  F("1.18973149535723176508575932662800702e+4932", "%.35Le", LDBL_MAX);
  F("6.47517511943802511092443895822764655e-4966", "%.35Le", 6.47517511943802511092443895822764655e-4966L);
#endif
  /* %Lf of the largest long double: all 4933 integer digits, exactly */
  {
    static char huge[6000];
    int n = snprintf(huge, sizeof huge, "%Lf", LDBL_MAX);
    CHECK_INT(n, 4933 + 7);
    CHECK(strncmp(huge, "118973149535723176", 18) == 0);
    CHECK_STR(huge + 4933, ".000000");
    /* the integer part of LDBL_MAX is a multiple of a large power of two: even */
    CHECK(strchr("02468", huge[4932]) != NULL);
  }
  /* truncation in snprintf and the return value */
  {
    char small[8];
    memset(small, 'x', sizeof small);
    int n = snprintf(small, 5, "%s", "hello world");
    CHECK_INT(n, 11);
    CHECK_STR(small, "hell");
    CHECK_INT(small[5], 'x');
    CHECK_INT(snprintf(NULL, 0, "%d", 12345), 5);
  }
  /* asprintf */
  {
    char *s = NULL;
    int n = asprintf(&s, "%s-%d-%.3f", "abc", 42, 2.5);
    CHECK_INT(n, 12);
    CHECK_STR(s, "abc-42-2.500");
    free(s);
    char big[3000];
    memset(big, 'q', sizeof big - 1);
    big[sizeof big - 1] = 0;
    n = asprintf(&s, "<%s>", big);
    CHECK_INT(n, 3001);
    CHECK(s && s[0] == '<' && s[3000] == '>' && s[3001] == 0);
    free(s);
  }
  /* sprintf */
  {
    int n = sprintf(buf, "%05.1f|%x", -2.25, 0xbeef);
    CHECK_INT(n, 10);
    CHECK_STR(buf, "-02.2|beef");
  }
  return check_done();
}
