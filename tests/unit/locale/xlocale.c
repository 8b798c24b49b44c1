/* The GNU *_l functions of <stdlib.h>, <wchar.h> and <time.h> that take a locale and read
   numbers or dates: every pure locale reads them as "C" does (POSIX: radix character '.',
   no grouping; the LC_TIME names of the POSIX locale). */
#define _GNU_SOURCE
#include "../check.h"
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <time.h>
#include <wchar.h>

int main(void) {
  locale_t u = newlocale(LC_ALL_MASK, "en_US.UTF-8", (locale_t)0);
  CHECK(u != (locale_t)0);
  locale_t locs[] = {u, LC_GLOBAL_LOCALE};
  for (int i = 0; i < 2; ++i) {
    locale_t l = locs[i];
    char *end;
    CHECK_INT(strtol_l(" -42x", &end, 10, l), -42);
    CHECK_INT(*end, 'x');
    CHECK_INT(strtoll_l("0x7fffffffffffffff", NULL, 16, l), LLONG_MAX);
    CHECK_INT(strtoul_l("777", NULL, 8, l), 511);
    errno = 0;
    CHECK(strtoull_l("18446744073709551616", NULL, 10, l) == ULLONG_MAX);
    CHECK_INT(errno, ERANGE);
    CHECK(strtod_l("1.5e3", NULL, l) == 1500.0);
    CHECK(strtod_l("1,5", &end, l) == 1.0 && *end == ','); /* '.' is the radix everywhere */

    wchar_t *wend;
    CHECK_INT(wcstol_l(L"  123\u00e9", &wend, 10, l), 123);
    CHECK_INT(*wend, 0xe9);
    CHECK_INT(wcstoll_l(L"-9223372036854775808", NULL, 10, l), LLONG_MIN);
    CHECK_INT(wcstoul_l(L"z", NULL, 36, l), 35);
    CHECK(wcstoull_l(L"ff", NULL, 16, l) == 255);
    CHECK(wcstod_l(L"0x1p-2", &wend, l) == 0.25 && *wend == 0);
    CHECK(wcstof_l(L"2.5f", &wend, l) == 2.5f && *wend == L'f');
    CHECK(wcstold_l(L"-inf", NULL, l) < -1e300L);

    struct tm tm = {0};
    end = strptime_l("Tuesday 24 November 2026 01:02", "%A %d %B %Y %H:%M", &tm, l);
    CHECK(end != NULL && *end == '\0');
    CHECK_INT(tm.tm_wday, 2);
    CHECK_INT(tm.tm_mday, 24);
    CHECK_INT(tm.tm_mon, 10);
    CHECK_INT(tm.tm_year, 126);
    CHECK_INT(tm.tm_min, 2);
    CHECK(strptime_l("Dienstag", "%A", &tm, l) == NULL);
  }
  freelocale(u);
  return check_done();
}
