/* setlocale and localeconv (C17 7.11, POSIX setlocale). */
#include "../check.h"
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  /* Programs start in "C". */
  CHECK_STR(setlocale(LC_ALL, NULL), "C");
  CHECK_STR(setlocale(LC_CTYPE, NULL), "C");
  CHECK_STR(setlocale(LC_ALL, "C"), "C");
  CHECK_STR(setlocale(LC_ALL, "POSIX"), "C");

  /* UTF-8 locales. */
  CHECK_STR(setlocale(LC_ALL, "C.UTF-8"), "C.UTF-8");
  CHECK_STR(setlocale(LC_NUMERIC, NULL), "C.UTF-8");
  CHECK_INT(MB_CUR_MAX, 4);
  CHECK_STR(setlocale(LC_ALL, "en_US.UTF-8"), "en_US.UTF-8");
  CHECK_STR(setlocale(LC_ALL, "de_DE.utf8"), "de_DE.utf8");
  CHECK_STR(setlocale(LC_ALL, "sr_RS.UTF-8@latin"), "sr_RS.UTF-8@latin");
  CHECK_STR(setlocale(LC_ALL, "C.utf8"), "C.utf8");
  CHECK_INT(MB_CUR_MAX, 4);

  /* Unsupported names fail and change nothing. */
  CHECK(setlocale(LC_ALL, "en_US.ISO-8859-1") == NULL);
  CHECK(setlocale(LC_ALL, "en_US") == NULL);
  CHECK(setlocale(LC_ALL, "no such locale") == NULL);
  CHECK(setlocale(LC_ALL, "../../etc/passwd.UTF-8") == NULL);
  CHECK(setlocale(LC_ALL, "xx_YY.UTF-8@") == NULL);
  CHECK(setlocale(LC_ALL, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.UTF-8") == NULL);
  CHECK(setlocale(LC_CTYPE, "LC_CTYPE=C") == NULL);
  CHECK_STR(setlocale(LC_ALL, NULL), "C.utf8");
  CHECK_INT(MB_CUR_MAX, 4);

  /* Invalid categories. */
  CHECK(setlocale(-1, "C") == NULL);
  CHECK(setlocale(99, NULL) == NULL);

  /* Mixed categories give a composite LC_ALL name that setlocale accepts back. */
  CHECK_STR(setlocale(LC_ALL, "C"), "C");
  CHECK_INT(MB_CUR_MAX, 1);
  CHECK_STR(setlocale(LC_CTYPE, "fr_FR.UTF-8"), "fr_FR.UTF-8");
  CHECK_INT(MB_CUR_MAX, 4);
  CHECK_STR(setlocale(LC_CTYPE, NULL), "fr_FR.UTF-8");
  CHECK_STR(setlocale(LC_TIME, NULL), "C");
  char saved[1024];
  const char *all = setlocale(LC_ALL, NULL);
  CHECK(all != NULL && strstr(all, "LC_CTYPE=fr_FR.UTF-8;") == all);
  CHECK(all != NULL && strstr(all, ";LC_NUMERIC=C;") != NULL);
  strcpy(saved, all ? all : "");
  CHECK_STR(setlocale(LC_ALL, "C"), "C");
  CHECK_INT(MB_CUR_MAX, 1);
  CHECK_STR(setlocale(LC_ALL, saved), saved);
  CHECK_STR(setlocale(LC_CTYPE, NULL), "fr_FR.UTF-8");
  CHECK_INT(MB_CUR_MAX, 4);
  CHECK(setlocale(LC_ALL, "LC_CTYPE=C;LC_BOGUS=C") == NULL);
  CHECK(setlocale(LC_ALL, "LC_CTYPE=en_US.latin1") == NULL);
  CHECK_STR(setlocale(LC_CTYPE, NULL), "fr_FR.UTF-8");
  CHECK_STR(setlocale(LC_ALL, "C"), "C");

  /* localeconv: the C locale's values (C17 7.11.2.1p4). */
  struct lconv *lc = localeconv();
  CHECK(lc != NULL);
  CHECK_STR(lc->decimal_point, ".");
  CHECK_STR(lc->thousands_sep, "");
  CHECK_STR(lc->grouping, "");
  CHECK_STR(lc->int_curr_symbol, "");
  CHECK_STR(lc->currency_symbol, "");
  CHECK_STR(lc->mon_decimal_point, "");
  CHECK_STR(lc->positive_sign, "");
  CHECK_INT(lc->int_frac_digits, CHAR_MAX);
  CHECK_INT(lc->frac_digits, CHAR_MAX);
  CHECK_INT(lc->p_cs_precedes, CHAR_MAX);
  CHECK_INT(lc->n_sign_posn, CHAR_MAX);
  CHECK_INT(lc->int_n_sign_posn, CHAR_MAX);
  return check_done();
}
