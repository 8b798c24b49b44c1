/* basename/dirname: the table from POSIX basename/dirname and basename(3). */
#include <libgen.h>
#include <stddef.h>
#include "../check.h"

static const char *base(const char *path) {
  static char buf[64];
  strcpy(buf, path);
  return basename(buf);
}

static const char *dir(const char *path) {
  static char buf[64];
  strcpy(buf, path);
  return dirname(buf);
}

int main(void) {
  CHECK_STR(dir("/usr/lib"), "/usr");
  CHECK_STR(base("/usr/lib"), "lib");
  CHECK_STR(dir("/usr/"), "/");
  CHECK_STR(base("/usr/"), "usr");
  CHECK_STR(dir("usr"), ".");
  CHECK_STR(base("usr"), "usr");
  CHECK_STR(dir("/"), "/");
  CHECK_STR(base("/"), "/");
  CHECK_STR(dir("."), ".");
  CHECK_STR(base("."), ".");
  CHECK_STR(dir(".."), ".");
  CHECK_STR(base(".."), "..");
  CHECK_STR(dir("//"), "/");
  CHECK_STR(base("//"), "/");
  CHECK_STR(dir("///"), "/");
  CHECK_STR(dir("a//b//"), "a");
  CHECK_STR(base("a//b//"), "b");
  CHECK_STR(dir("//a"), "/");
  CHECK_STR(dir("usr/"), ".");
  CHECK_STR(dir(""), ".");
  CHECK_STR(base(""), ".");
  CHECK_STR(dirname(NULL), ".");
  CHECK_STR(basename(NULL), ".");
  /* The argument itself is shortened in place. */
  char p[] = "/a/b/";
  CHECK_STR(dirname(p), "/a");
  CHECK_STR(p, "/a");
  return check_done();
}
