/* versionsort orders names as strverscmp does (glibc's documented order): digit runs
   compare as numbers, runs with leading zeros as fractional parts sorting first. */
#define _GNU_SOURCE
#include <dirent.h>
#include <string.h>

#include "../check.h"

static int cmp(const char *a, const char *b) {
  static struct dirent da, db;
  strcpy(da.d_name, a);
  strcpy(db.d_name, b);
  const struct dirent *pa = &da, *pb = &db;
  return versionsort(&pa, &pb);
}

int main(void) {
  /* The man page's example order. */
  const char *order[] = {"000", "00", "01", "010", "09", "0", "1", "9", "10"};
  int n = sizeof order / sizeof order[0];
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      int c = cmp(order[i], order[j]);
      if (i < j) CHECK(c < 0);
      if (i == j) CHECK(c == 0);
      if (i > j) CHECK(c > 0);
    }
  CHECK(cmp("file9.txt", "file10.txt") < 0);
  CHECK(cmp("a-1.2.10", "a-1.2.9") > 0);
  CHECK(cmp("abc", "abd") < 0);
  CHECK(cmp("x2y", "x2z") < 0);
  CHECK(cmp("1.0", "1.0") == 0);
  return check_done();
}
