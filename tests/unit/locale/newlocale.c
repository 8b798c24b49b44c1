/* newlocale, duplocale, uselocale, freelocale and nl_langinfo(_l) (POSIX 2008). */
#include "../check.h"
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <wchar.h>

int main(void) {
  wchar_t wc;

  /* The thread follows the global locale until it calls uselocale. */
  CHECK(uselocale((locale_t)0) == LC_GLOBAL_LOCALE);

  errno = 0;
  CHECK(newlocale(LC_ALL_MASK, "xx_XX.KOI8-R", (locale_t)0) == (locale_t)0);
  CHECK_INT(errno, ENOENT);
  errno = 0;
  CHECK(newlocale(1 << 20, "C", (locale_t)0) == (locale_t)0);
  CHECK_INT(errno, EINVAL);
  errno = 0;
  CHECK(newlocale(LC_ALL_MASK, NULL, (locale_t)0) == (locale_t)0);
  CHECK_INT(errno, EINVAL);

  locale_t u = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
  locale_t c = newlocale(LC_ALL_MASK, "POSIX", (locale_t)0);
  CHECK(u != (locale_t)0 && c != (locale_t)0);
  if (!u || !c) return check_done();
  CHECK_STR(nl_langinfo_l(CODESET, u), "UTF-8");
  CHECK_STR(nl_langinfo_l(CODESET, c), "ANSI_X3.4-1968");
  CHECK_STR(nl_langinfo(CODESET), "ANSI_X3.4-1968");
  CHECK_INT(MB_CUR_MAX, 1);

  /* uselocale switches this thread only; setlocale's global locale stays "C". */
  CHECK(uselocale(u) == LC_GLOBAL_LOCALE);
  CHECK(uselocale((locale_t)0) == u);
  CHECK_INT(MB_CUR_MAX, 4);
  CHECK_STR(nl_langinfo(CODESET), "UTF-8");
  CHECK_INT(mbrtowc(&wc, "\xc3\xa9", 2, NULL), 2);
  CHECK_INT(wc, 0xe9);
  CHECK_STR(setlocale(LC_CTYPE, NULL), "C");
  CHECK(uselocale(c) == u);
  CHECK_INT(MB_CUR_MAX, 1);
  CHECK(uselocale(LC_GLOBAL_LOCALE) == c);
  CHECK(uselocale((locale_t)0) == LC_GLOBAL_LOCALE);
  /* A global change shows through LC_GLOBAL_LOCALE. */
  CHECK(setlocale(LC_ALL, "C.UTF-8") != NULL);
  CHECK_INT(MB_CUR_MAX, 4);
  CHECK_STR(nl_langinfo_l(CODESET, LC_GLOBAL_LOCALE), "UTF-8");
  CHECK(setlocale(LC_ALL, "C") != NULL);
  CHECK_INT(MB_CUR_MAX, 1);

  /* newlocale with a base changes just the masked categories. */
  locale_t m = newlocale(LC_CTYPE_MASK, "ja_JP.UTF-8", c);
  CHECK(m != (locale_t)0);
  if (m) {
    c = m;
    CHECK_STR(nl_langinfo_l(CODESET, m), "UTF-8");
    locale_t m2 = newlocale(LC_NUMERIC_MASK, "C", m);
    CHECK(m2 != (locale_t)0);
    if (m2) {
      m = m2;
      c = m2;
      CHECK_STR(nl_langinfo_l(CODESET, m), "UTF-8");
    }
    /* A failed newlocale leaves the base usable and unchanged. */
    CHECK(newlocale(LC_CTYPE_MASK, "bogus", m) == (locale_t)0);
    CHECK_STR(nl_langinfo_l(CODESET, m), "UTF-8");
    CHECK(newlocale(LC_CTYPE_MASK, "C", m) == m);
    CHECK_STR(nl_langinfo_l(CODESET, m), "ANSI_X3.4-1968");
  }

  /* getlocalename_l names one category of an object or of the global locale. */
  CHECK_STR(getlocalename_l(LC_CTYPE, u), "C.UTF-8");
  CHECK_STR(getlocalename_l(LC_TIME, LC_GLOBAL_LOCALE), "C");
  if (m) {
    CHECK_STR(getlocalename_l(LC_CTYPE, m), "C");
    CHECK_STR(getlocalename_l(LC_MESSAGES, m), "C");
  }
  errno = 0;
  CHECK(getlocalename_l(LC_ALL, u) == NULL);
  CHECK_INT(errno, EINVAL);
  CHECK(getlocalename_l(42, u) == NULL);

  /* duplocale copies, including the global locale. */
  locale_t d = duplocale(u);
  CHECK(d != (locale_t)0 && d != u);
  if (d) {
    CHECK_STR(nl_langinfo_l(CODESET, d), "UTF-8");
    freelocale(d);
  }
  d = duplocale(LC_GLOBAL_LOCALE);
  CHECK(d != (locale_t)0);
  if (d) {
    CHECK_STR(nl_langinfo_l(CODESET, d), "ANSI_X3.4-1968");
    freelocale(d);
  }

  /* nl_langinfo strings of the C locale (POSIX "LC_TIME Category in the POSIX Locale"). */
  CHECK_STR(nl_langinfo(DAY_1), "Sunday");
  CHECK_STR(nl_langinfo(DAY_7), "Saturday");
  CHECK_STR(nl_langinfo(ABDAY_2), "Mon");
  CHECK_STR(nl_langinfo(MON_1), "January");
  CHECK_STR(nl_langinfo(MON_12), "December");
  CHECK_STR(nl_langinfo(ABMON_9), "Sep");
  CHECK_STR(nl_langinfo(AM_STR), "AM");
  CHECK_STR(nl_langinfo(PM_STR), "PM");
  CHECK_STR(nl_langinfo(D_T_FMT), "%a %b %e %H:%M:%S %Y");
  CHECK_STR(nl_langinfo(D_FMT), "%m/%d/%y");
  CHECK_STR(nl_langinfo(T_FMT), "%H:%M:%S");
  CHECK_STR(nl_langinfo(T_FMT_AMPM), "%I:%M:%S %p");
  CHECK_STR(nl_langinfo(ERA), "");
  CHECK_STR(nl_langinfo(ALT_DIGITS), "");
  CHECK_STR(nl_langinfo(RADIXCHAR), ".");
  CHECK_STR(nl_langinfo(THOUSEP), "");
  CHECK_STR(nl_langinfo(YESEXPR), "^[yY]");
  CHECK_STR(nl_langinfo(NOEXPR), "^[nN]");
  CHECK_STR(nl_langinfo(ALTMON_3), "March");
  CHECK_STR(nl_langinfo_l(MON_5, u), "May");
  CHECK_STR(nl_langinfo(12345678), "");  /* invalid item: empty string */
  CHECK_STR(nl_langinfo(-1), "");

  freelocale(u);
  freelocale(c);
  return check_done();
}
