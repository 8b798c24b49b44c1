/* wcstod, wcstof, wcstold (C17 7.29.4.1.1): the wide form of strtod's subject sequences. */
#include "../check.h"
#include <errno.h>
#include <math.h>
#include <wchar.h>

int main(void) {
  wchar_t *end;
  const wchar_t *s;

  s = L"  3.25xyz";
  CHECK(wcstod(s, &end) == 3.25);
  CHECK(end == s + 6);
  s = L"\u3000-1e3,";
  CHECK(wcstod(s, &end) == -1000.0);
  CHECK(end == s + 5);
  s = L"0x1.8p1";
  CHECK(wcstod(s, &end) == 3.0);
  CHECK(end == s + 7);
  s = L"infinityx";
  CHECK(isinf(wcstod(s, &end)));
  CHECK(end == s + 8);
  s = L"-inf";
  CHECK(wcstod(s, &end) < 0 && isinf(wcstod(s, NULL)));
  s = L"nan(123)z";
  CHECK(isnan(wcstod(s, &end)));
  CHECK(end == s + 8);
  s = L"1.5\u00e9";
  CHECK(wcstof(s, &end) == 1.5f);
  CHECK(end == s + 3);
  s = L"0.125";
  CHECK(wcstold(s, &end) == 0.125L);
  CHECK(end == s + 5);
  /* No subject sequence: nothing converted. */
  s = L"  +x";
  CHECK(wcstod(s, &end) == 0.0);
  CHECK(end == s);
  s = L"\u0661";  /* ARABIC-INDIC DIGIT ONE is not a C digit */
  CHECK(wcstod(s, &end) == 0.0);
  CHECK(end == s);
  /* Overflow reports ERANGE. */
  errno = 0;
  CHECK(isinf(wcstod(L"1e999", NULL)));
  CHECK_INT(errno, ERANGE);
  /* A long subject (beyond the on-stack buffer) still converts exactly. */
  wchar_t longnum[400];
  longnum[0] = L'0';
  longnum[1] = L'.';
  longnum[2] = L'5';
  for (int i = 3; i < 397; i++) longnum[i] = L'0';
  longnum[397] = L'1';  /* 0.5000...0001: rounds to 0.5 */
  longnum[398] = L'!';
  longnum[399] = 0;
  CHECK(wcstod(longnum, &end) == 0.5);
  CHECK(end == longnum + 398);
  return check_done();
}
