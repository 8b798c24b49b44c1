/* strcoll / strxfrm (C locale: byte order), and catopen of a catalog that does not exist
   (catalog.c reads real ones). */
#include "../check.h"
#include <errno.h>
#include <locale.h>
#include <nl_types.h>
#include <string.h>

int main(void) {
  char buf[16];
  CHECK(strcoll("abc", "abd") < 0);
  CHECK(strcoll("b", "a") > 0);
  CHECK(strcoll("same", "same") == 0);
  CHECK(strcoll("\xe9", "z") > 0);  /* bytes compare as unsigned char */
  CHECK_INT(strxfrm(buf, "hello", sizeof buf), 5);
  CHECK_STR(buf, "hello");
  memset(buf, 'x', sizeof buf);
  CHECK_INT(strxfrm(buf, "hello", 3), 5);  /* too small: the length is still reported */
  CHECK_INT(strxfrm(NULL, "hello", 0), 5);
  locale_t u = newlocale(LC_ALL_MASK, "C.UTF-8", (locale_t)0);
  CHECK(u != (locale_t)0);
  if (u) {
    CHECK(strcoll_l("a", "b", u) < 0);
    CHECK_INT(strxfrm_l(buf, "abc", sizeof buf, u), 3);
    CHECK_STR(buf, "abc");
    freelocale(u);
  }

  errno = 0;
  nl_catd cat = catopen("pure-test-catalog", NL_CAT_LOCALE);
  CHECK(cat == (nl_catd)-1);
  CHECK_INT(errno, ENOENT);
  CHECK_STR(catgets(cat, NL_SETD, 1, "default text"), "default text");
  errno = 0;
  CHECK_INT(catclose(cat), -1);
  CHECK_INT(errno, EBADF);
  return check_done();
}
