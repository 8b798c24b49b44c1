/* strtol & co. (C17 7.22.1.4): bases, prefixes, signs, end pointers, overflow. */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>

#include "../check.h"

static long (*volatile p_strtol)(const char *, char **, int) = strtol;
static unsigned long (*volatile p_strtoul)(const char *, char **, int) = strtoul;

#define END_AT(s, k) (end == (char *)(s) + (k))

int main(void) {
  char *end;
  const char *s;

  s = "  -123abc";
  CHECK_INT(p_strtol(s, &end, 10), -123);
  CHECK(END_AT(s, 6));
  s = "\t\n\v\f\r +42";
  CHECK_INT(p_strtol(s, &end, 0), 42);
  CHECK(END_AT(s, 9));
  s = "0x1F";
  CHECK_INT(p_strtol(s, &end, 0), 31);
  CHECK(END_AT(s, 4));
  CHECK_INT(p_strtol("0X1f", NULL, 16), 31);
  CHECK_INT(p_strtol("1f", NULL, 16), 31);
  s = "0755";
  CHECK_INT(p_strtol(s, &end, 0), 493);
  CHECK(END_AT(s, 4));
  s = "089";
  CHECK_INT(p_strtol(s, &end, 0), 0); /* octal: stops at 8 */
  CHECK(END_AT(s, 1));
  s = "0x";
  CHECK_INT(p_strtol(s, &end, 0), 0); /* "0" is the subject, "x" is left */
  CHECK(END_AT(s, 1));
  s = "0xg";
  CHECK_INT(p_strtol(s, &end, 16), 0);
  CHECK(END_AT(s, 1));
  CHECK_INT(p_strtol("zz", NULL, 36), 35 * 36 + 35);
  CHECK_INT(p_strtol("ZZ", NULL, 36), 35 * 36 + 35);
  CHECK_INT(p_strtol("101", NULL, 2), 5);
  CHECK_INT(p_strtol("12", NULL, 2), 1);
  CHECK_INT(p_strtol("-0", NULL, 10), 0);

  /* No number: 0, and the end pointer is the start (even after spaces and a sign). */
  s = "   -x";
  errno = 0;
  CHECK_INT(p_strtol(s, &end, 10), 0);
  CHECK(end == s);
  CHECK_INT(errno, 0);
  s = "";
  CHECK_INT(p_strtol(s, &end, 10), 0);
  CHECK(end == s);

  /* Limits and overflow. */
  errno = 0;
  CHECK(p_strtol("9223372036854775807", NULL, 10) == LONG_MAX);
  CHECK_INT(errno, 0);
  CHECK(p_strtol("-9223372036854775808", NULL, 10) == LONG_MIN);
  CHECK_INT(errno, 0);
  s = "9223372036854775808xyz";
  CHECK(p_strtol(s, &end, 10) == LONG_MAX);
  CHECK_INT(errno, ERANGE);
  CHECK(END_AT(s, 19)); /* all digits are consumed */
  errno = 0;
  CHECK(p_strtol("-9223372036854775809", NULL, 10) == LONG_MIN);
  CHECK_INT(errno, ERANGE);
  errno = 0;
  CHECK(p_strtol("99999999999999999999999999999", NULL, 0) == LONG_MAX);
  CHECK_INT(errno, ERANGE);
  errno = 0;
  CHECK(strtoll("-0x8000000000000000", NULL, 0) == LLONG_MIN);
  CHECK_INT(errno, 0);
  errno = 0;
  CHECK(p_strtoul("18446744073709551615", NULL, 10) == ULONG_MAX);
  CHECK_INT(errno, 0);
  CHECK(p_strtoul("18446744073709551616", NULL, 10) == ULONG_MAX);
  CHECK_INT(errno, ERANGE);
  errno = 0;
  /* A minus sign negates in the unsigned type. */
  CHECK(p_strtoul("-1", NULL, 10) == ULONG_MAX);
  CHECK(p_strtoul("-18446744073709551615", NULL, 10) == 1);
  CHECK_INT(errno, 0);
  CHECK(p_strtoul("-18446744073709551616", NULL, 10) == ULONG_MAX);
  CHECK_INT(errno, ERANGE);
  errno = 0;
  CHECK(strtoull("0xffffffffffffffff", NULL, 16) == ULLONG_MAX);
  CHECK_INT(errno, 0);

  /* Bad bases. */
  s = "123";
  errno = 0;
  CHECK_INT(p_strtol(s, &end, 1), 0);
  CHECK_INT(errno, EINVAL);
  CHECK(end == s);
  errno = 0;
  CHECK_INT(p_strtoul(s, &end, 37), 0);
  CHECK_INT(errno, EINVAL);
  errno = 0;
  CHECK_INT(p_strtol(s, &end, -2), 0);
  CHECK_INT(errno, EINVAL);

  /* intmax versions. */
  errno = 0;
  CHECK(strtoimax("-42", NULL, 10) == -42);
  CHECK(strtoumax("777", NULL, 8) == 511);
  CHECK(strtoimax("9223372036854775808", NULL, 10) == INTMAX_MAX);
  CHECK_INT(errno, ERANGE);

  /* atoi family. */
  CHECK_INT(atoi("  -17x"), -17);
  CHECK_INT(atol("123456789012"), 123456789012L);
  CHECK(atoll("-9223372036854775807") == -LLONG_MAX);
  CHECK_INT(atoi("x"), 0);

  /* abs and div. */
  CHECK_INT(abs(-5), 5);
  CHECK_INT(labs(-5L), 5);
  CHECK(llabs(-LLONG_MAX) == LLONG_MAX);
  CHECK(imaxabs(-3) == 3);
  div_t d = div(-7, 2);
  CHECK(d.quot == -3 && d.rem == -1); /* truncation toward zero */
  ldiv_t ld = ldiv(7L, -2L);
  CHECK(ld.quot == -3 && ld.rem == 1);
  lldiv_t lld = lldiv(-7LL, -2LL);
  CHECK(lld.quot == 3 && lld.rem == -1);
  imaxdiv_t id = imaxdiv(9, 3);
  CHECK(id.quot == 3 && id.rem == 0);
  return check_done();
}
