/* wcstol and friends (C17 7.29.4.1.2 with 7.22.1.4's rules). */
#include "../check.h"
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <wchar.h>

int main(void) {
  wchar_t *end;
  const wchar_t *s;

  s = L"  -123abc";
  CHECK_INT(wcstol(s, &end, 10), -123);
  CHECK(end == s + 6);
  s = L"\u3000+42";  /* IDEOGRAPHIC SPACE is white space */
  CHECK_INT(wcstol(s, &end, 10), 42);
  CHECK(end == s + 4);
  s = L"0x1F";
  CHECK_INT(wcstol(s, &end, 0), 31);
  CHECK(end == s + 4);
  CHECK_INT(wcstol(L"0X1f", NULL, 16), 31);
  CHECK_INT(wcstol(L"017", NULL, 0), 15);
  CHECK_INT(wcstol(L"017", NULL, 10), 17);
  s = L"0xg";
  CHECK_INT(wcstol(s, &end, 16), 0);
  CHECK(end == s + 1);  /* "0" is the subject; "x" is not part of it */
  s = L"zz";
  CHECK_INT(wcstol(s, &end, 36), 1295);
  CHECK(end == s + 2);
  s = L"  +";
  CHECK_INT(wcstol(s, &end, 10), 0);
  CHECK(end == s);      /* no digits: nothing converted */
  s = L"12";
  errno = 0;
  CHECK_INT(wcstol(s, &end, 1), 0);
  CHECK_INT(errno, EINVAL);
  errno = 0;
  CHECK_INT(wcstol(s, &end, 37), 0);
  CHECK_INT(errno, EINVAL);

  errno = 0;
  CHECK_INT(wcstol(L"9223372036854775807", NULL, 10), LONG_MAX);
  CHECK_INT(errno, 0);
  s = L"9223372036854775808xyz";
  CHECK_INT(wcstol(s, &end, 10), LONG_MAX);
  CHECK_INT(errno, ERANGE);
  CHECK(end == s + 19);
  errno = 0;
  CHECK_INT(wcstol(L"-9223372036854775808", NULL, 10), LONG_MIN);
  CHECK_INT(errno, 0);
  CHECK_INT(wcstol(L"-9223372036854775809", NULL, 10), LONG_MIN);
  CHECK_INT(errno, ERANGE);
  errno = 0;
  CHECK_INT(wcstoll(L"-0x8000000000000000", NULL, 0), LLONG_MIN);
  CHECK_INT(errno, 0);

  errno = 0;
  CHECK(wcstoul(L"18446744073709551615", NULL, 10) == ULONG_MAX);
  CHECK_INT(errno, 0);
  CHECK(wcstoul(L"18446744073709551616", NULL, 10) == ULONG_MAX);
  CHECK_INT(errno, ERANGE);
  errno = 0;
  CHECK(wcstoul(L"-1", NULL, 10) == ULONG_MAX);  /* negated in the unsigned type */
  CHECK_INT(errno, 0);
  CHECK(wcstoull(L"-18446744073709551616", NULL, 10) == ULLONG_MAX);
  CHECK_INT(errno, ERANGE);
  CHECK(wcstoull(L"ffffffffffffffff", NULL, 16) == ULLONG_MAX);
  CHECK(wcstoimax(L"-77", NULL, 8) == -63);
  CHECK(wcstoumax(L"777", NULL, 8) == 511);
  return check_done();
}
