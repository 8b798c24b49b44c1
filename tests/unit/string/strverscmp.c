/* strverscmp (GNU): the order its manual page gives, and ordinary version strings. */
#define _GNU_SOURCE
#include <string.h>

#include "../check.h"

int main(void) {
  /* From the manual: 000 < 00 < 01 < 010 < 09 < 0 < 1 < 9 < 10. */
  static const char *order[] = {"000", "00", "01", "010", "09", "0", "1", "9", "10"};
  int n = (int)(sizeof order / sizeof order[0]);
  int bad = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      int r = strverscmp(order[i], order[j]);
      if ((i < j && r >= 0) || (i > j && r <= 0) || (i == j && r != 0)) bad++;
    }
  CHECK_INT(bad, 0);
  CHECK(strverscmp("file9.txt", "file10.txt") < 0);
  CHECK(strverscmp("a-1.2.3", "a-1.10.0") < 0);
  CHECK(strverscmp("libfoo-2.0", "libfoo-2.0") == 0);
  CHECK(strverscmp("abc", "abd") < 0);
  CHECK(strverscmp("1.0", "1.0a") < 0);
  CHECK(strverscmp("x12y", "x12z") < 0);
  CHECK(strverscmp("", "a") < 0);
  return check_done();
}
