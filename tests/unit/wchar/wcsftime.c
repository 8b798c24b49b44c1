#define _GNU_SOURCE
#include <locale.h>
#include <time.h>
#include <wchar.h>

#include "../check.h"

static int wsame(const wchar_t *a, const wchar_t *b) { return wcscmp(a, b) == 0; }

int main(void) {
  struct tm tm = {0};
  tm.tm_year = 2024 - 1900;
  tm.tm_mon = 1; /* February */
  tm.tm_mday = 29;
  tm.tm_hour = 13;
  tm.tm_min = 5;
  tm.tm_sec = 9;
  tm.tm_wday = 4; /* Thursday */
  tm.tm_yday = 59;
  wchar_t buf[64];
  CHECK_INT(wcsftime(buf, 64, L"%Y-%m-%d %H:%M:%S", &tm), 19);
  CHECK(wsame(buf, L"2024-02-29 13:05:09"));
  CHECK_INT(wcsftime(buf, 64, L"%a %b %e %j %%", &tm), 16);
  CHECK(wsame(buf, L"Thu Feb 29 060 %"));
  /* Literal non-ASCII text passes through unchanged. */
  CHECK_INT(wcsftime(buf, 64, L"\u00e9t\u00e9 %Y \U0001F600", &tm), 10);
  CHECK(wsame(buf, L"\u00e9t\u00e9 2024 \U0001F600"));
  /* Too small: 0, and nothing usable. The result plus its null must fit. */
  CHECK_INT(wcsftime(buf, 4, L"%Y", &tm), 0);
  CHECK_INT(wcsftime(buf, 5, L"%Y", &tm), 4);
  CHECK(wsame(buf, L"2024"));
  CHECK_INT(wcsftime(buf, 64, L"", &tm), 0);
  CHECK_INT(wcsftime_l(buf, 64, L"%H%M", &tm, LC_GLOBAL_LOCALE), 4);
  CHECK(wsame(buf, L"1305"));
  CHECK(wcswcs(L"haystack", L"st") != NULL && wsame(wcswcs(L"haystack", L"st"), L"stack"));
  CHECK(wcswcs(L"haystack", L"x") == NULL);
  return check_done();
}
