/* getenv, setenv, unsetenv, putenv and clearenv (POSIX), and their errors. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../check.h"

extern char **environ;

static int count_name(const char *prefix) {
  int n = 0;
  size_t len = strlen(prefix);
  for (char **e = environ; e && *e; e++)
    if (strncmp(*e, prefix, len) == 0) n++;
  return n;
}

int main(void) {
  CHECK(getenv("PURE_TEST_UNSET_VARIABLE") == NULL);

  CHECK_INT(setenv("PURE_A", "one", 1), 0);
  CHECK_STR(getenv("PURE_A"), "one");
  CHECK_INT(setenv("PURE_A", "two", 0), 0); /* no overwrite */
  CHECK_STR(getenv("PURE_A"), "one");
  CHECK_INT(setenv("PURE_A", "three", 1), 0);
  CHECK_STR(getenv("PURE_A"), "three");
  CHECK_INT(count_name("PURE_A="), 1);
  CHECK_INT(setenv("PURE_A", "", 1), 0);
  CHECK_STR(getenv("PURE_A"), "");

  /* Names with '=' or empty are invalid. */
  errno = 0;
  CHECK_INT(setenv("BAD=NAME", "x", 1), -1);
  CHECK_INT(errno, EINVAL);
  errno = 0;
  CHECK_INT(setenv("", "x", 1), -1);
  CHECK_INT(errno, EINVAL);
  errno = 0;
  CHECK_INT(unsetenv("A=B"), -1);
  CHECK_INT(errno, EINVAL);
  CHECK(getenv("PURE_A=") == NULL);

  /* A prefix of a name does not match. */
  CHECK_INT(setenv("PURE_AB", "long", 1), 0);
  CHECK_STR(getenv("PURE_A"), "");
  CHECK_STR(getenv("PURE_AB"), "long");
  CHECK(getenv("PURE_") == NULL);

  CHECK_INT(unsetenv("PURE_A"), 0);
  CHECK(getenv("PURE_A") == NULL);
  CHECK_STR(getenv("PURE_AB"), "long");
  CHECK_INT(unsetenv("PURE_A"), 0); /* absent: still success */

  /* putenv puts the string itself in the environment. */
  static char entry[] = "PURE_P=first";
  CHECK_INT(putenv(entry), 0);
  CHECK(getenv("PURE_P") == entry + 7);
  entry[7] = 'F';
  CHECK_STR(getenv("PURE_P"), "First");
  CHECK_INT(setenv("PURE_P", "replaced", 1), 0);
  CHECK_STR(getenv("PURE_P"), "replaced");
  CHECK_STR(entry, "PURE_P=First"); /* the user's string is left alone */
  static char remove_it[] = "PURE_P";
  CHECK_INT(putenv(remove_it), 0); /* no '=': removes the name (GNU) */
  CHECK(getenv("PURE_P") == NULL);

  /* Not a set-user-ID program: secure_getenv is getenv. */
  CHECK_INT(setenv("PURE_SECURE", "s", 1), 0);
  CHECK_STR(secure_getenv("PURE_SECURE"), "s");

  /* Many variables and many updates. */
  char name[32], value[32];
  int bad = 0;
  for (int i = 0; i < 300; i++) {
    strcpy(name, "PURE_MANY_");
    name[10] = (char)('a' + i % 26);
    name[11] = (char)('a' + i / 26);
    name[12] = 0;
    value[0] = (char)('0' + i % 10);
    value[1] = 0;
    if (setenv(name, value, 1) != 0) bad++;
  }
  for (int round = 0; round < 1000; round++)
    if (setenv("PURE_CHURN", round % 2 ? "odd" : "even", 1) != 0) bad++;
  CHECK_INT(bad, 0);
  CHECK_STR(getenv("PURE_CHURN"), "odd");
  CHECK_STR(getenv("PURE_MANY_ba"), "1");
  CHECK_INT(count_name("PURE_MANY_"), 300);

  CHECK_INT(clearenv(), 0);
  CHECK(getenv("PURE_AB") == NULL);
  CHECK(getenv("PATH") == NULL);
  CHECK_INT(setenv("PURE_AFTER", "yes", 1), 0);
  CHECK_STR(getenv("PURE_AFTER"), "yes");
  CHECK(environ != NULL && environ[0] != NULL && environ[1] == NULL);
  return check_done();
}
