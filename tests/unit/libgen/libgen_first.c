/* libgen.h included before string.h in GNU mode: basename is still POSIX's (basename(3)),
   and string.h's other functions remain usable. */
#define _GNU_SOURCE
#include <libgen.h>
#include <string.h>
#include "../check.h"

int main(void) {
  char p[] = "/usr/lib/";
  CHECK_STR(basename(p), "lib");
  char q[] = "/";
  CHECK_STR(basename(q), "/");
  CHECK_INT(strlen("abc"), 3);
  return check_done();
}
