/* string.h's GNU basename keeps the argument and returns "" after a trailing '/';
   libgen.h included afterwards gives the POSIX one. Expected values from basename(3). */
#define _GNU_SOURCE
#include <string.h>
#include "../check.h"

static const char *gnu(const char *p) { return basename(p); }

#include <libgen.h>

int main(void) {
  CHECK_STR(gnu("/usr/lib"), "lib");
  CHECK_STR(gnu("/usr/"), "");
  char p[] = "/usr/";
  CHECK_STR(basename(p), "usr");
  return check_done();
}
