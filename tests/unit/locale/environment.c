/* setlocale(category, "") and newlocale(mask, "", base) read LC_ALL, then LC_<category>,
   then LANG (POSIX setlocale). */
#include "../check.h"
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
  unsetenv("LC_ALL");
  unsetenv("LC_CTYPE");
  unsetenv("LC_NUMERIC");
  unsetenv("LC_TIME");
  unsetenv("LC_COLLATE");
  unsetenv("LC_MONETARY");
  unsetenv("LC_MESSAGES");
  unsetenv("LANG");
  CHECK_STR(setlocale(LC_ALL, ""), "C");

  setenv("LANG", "en_GB.UTF-8", 1);
  CHECK_STR(setlocale(LC_ALL, ""), "en_GB.UTF-8");
  CHECK_INT(MB_CUR_MAX, 4);
  CHECK_STR(nl_langinfo(CODESET), "UTF-8");

  /* LC_<category> beats LANG; LC_ALL beats both. */
  setenv("LC_CTYPE", "C", 1);
  CHECK(setlocale(LC_ALL, "") != NULL);
  CHECK_STR(setlocale(LC_CTYPE, NULL), "C");
  CHECK_STR(setlocale(LC_TIME, NULL), "en_GB.UTF-8");
  CHECK_INT(MB_CUR_MAX, 1);
  setenv("LC_ALL", "C.UTF-8", 1);
  CHECK_STR(setlocale(LC_ALL, ""), "C.UTF-8");
  CHECK_INT(MB_CUR_MAX, 4);

  /* An unsupported name in the environment fails the whole call and changes nothing. */
  setenv("LC_ALL", "de_DE.ISO-8859-15", 1);
  CHECK(setlocale(LC_ALL, "") == NULL);
  CHECK_STR(setlocale(LC_ALL, NULL), "C.UTF-8");
  unsetenv("LC_ALL");
  setenv("LC_CTYPE", "tr_TR.utf8", 1);
  locale_t l = newlocale(LC_CTYPE_MASK, "", (locale_t)0);
  CHECK(l != (locale_t)0);
  if (l) {
    CHECK_STR(nl_langinfo_l(CODESET, l), "UTF-8");
    freelocale(l);
  }
  return check_done();
}
