/* getopt as POSIX describes it: clustered flags, attached and separate arguments, "--",
   unknown options and missing arguments (with and without a leading ':'). */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "../check.h"

int main(void) {
  char *argv1[] = {"prog", "-ab", "-c", "carg", "-dvalue", "--", "-e", "operand", NULL};
  int argc1 = 8;
  opterr = 0;
  CHECK_INT(getopt(argc1, argv1, "abc:d:e"), 'a');
  CHECK_INT(getopt(argc1, argv1, "abc:d:e"), 'b');
  CHECK_INT(optind, 2);
  CHECK_INT(getopt(argc1, argv1, "abc:d:e"), 'c');
  CHECK_STR(optarg, "carg");
  CHECK_INT(optind, 4);
  CHECK_INT(getopt(argc1, argv1, "abc:d:e"), 'd');
  CHECK_STR(optarg, "value");
  CHECK_INT(getopt(argc1, argv1, "abc:d:e"), -1);
  CHECK_INT(optind, 6); /* past "--" */
  CHECK_STR(argv1[optind], "-e");

  /* Restart; stop at the first operand (no reordering). */
  char *argv2[] = {"prog", "-x", "file", "-a", NULL};
  optind = 1;
  CHECK_INT(getopt(4, argv2, "a"), '?');
  CHECK_INT(optopt, 'x');
  CHECK_INT(getopt(4, argv2, "a"), -1);
  CHECK_INT(optind, 2);

  /* Missing argument: '?' normally, ':' with a leading ':'. */
  char *argv3[] = {"prog", "-c", NULL};
  optind = 1;
  CHECK_INT(getopt(2, argv3, "c:"), '?');
  CHECK_INT(optopt, 'c');
  CHECK(optind > 2);
  optind = 1;
  CHECK_INT(getopt(2, argv3, ":c:"), ':');

  /* "-" alone is an operand. */
  char *argv4[] = {"prog", "-", NULL};
  optind = 1;
  CHECK_INT(getopt(2, argv4, "a"), -1);
  CHECK_INT(optind, 1);
  return check_done();
}
