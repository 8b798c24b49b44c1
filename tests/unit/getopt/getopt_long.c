/* getopt_long / getopt_long_only as getopt_long(3) describes them: "--name", "--name=value",
   separate arguments, unique abbreviations, ambiguity, flag pointers, longindex, and the
   '?' / ':' returns for bad options. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "../check.h"

static int verbose_flag;

static const struct option opts[] = {
    {"add", required_argument, 0, 'a'},
    {"append", no_argument, 0, 'p'},
    {"delete", required_argument, 0, 'd'},
    {"verbose", no_argument, &verbose_flag, 1},
    {"create", optional_argument, 0, 'c'},
    {"file", required_argument, 0, 'f'},
    {0, 0, 0, 0},
};

int main(void) {
  opterr = 0;
  int idx = -1;
  char *argv1[] = {"prog", "--add=x", "--append", "--delete", "y", "--verbose", "-b",
                   "--create", "--create=z", "--fi", "name", "--", "--file", NULL};
  int argc1 = 13;
  optind = 0;
  CHECK_INT(getopt_long(argc1, argv1, "abc:d:", opts, &idx), 'a');
  CHECK_STR(optarg, "x");
  CHECK_INT(idx, 0);
  CHECK_INT(getopt_long(argc1, argv1, "abc:d:", opts, &idx), 'p');
  CHECK_INT(idx, 1);
  CHECK_INT(getopt_long(argc1, argv1, "abc:d:", opts, &idx), 'd');
  CHECK_STR(optarg, "y");
  CHECK_INT(optind, 5);
  CHECK_INT(getopt_long(argc1, argv1, "abc:d:", opts, &idx), 0);
  CHECK_INT(verbose_flag, 1);
  CHECK_INT(idx, 3);
  CHECK_INT(getopt_long(argc1, argv1, "abc:d:", opts, &idx), 'b');
  CHECK_INT(getopt_long(argc1, argv1, "abc:d:", opts, &idx), 'c');
  CHECK(optarg == NULL);
  CHECK_INT(getopt_long(argc1, argv1, "abc:d:", opts, &idx), 'c');
  CHECK_STR(optarg, "z");
  CHECK_INT(getopt_long(argc1, argv1, "abc:d:", opts, &idx), 'f'); /* unique abbreviation */
  CHECK_STR(optarg, "name");
  CHECK_INT(idx, 5);
  CHECK_INT(getopt_long(argc1, argv1, "abc:d:", opts, &idx), -1);
  CHECK_INT(optind, 12);
  CHECK_STR(argv1[optind], "--file");

  /* "--a" matches add and append: ambiguous. Unknown, forbidden and missing arguments. */
  char *argv2[] = {"prog", "--a", "--nope", "--append=1", "--add", NULL};
  optind = 0;
  CHECK_INT(getopt_long(5, argv2, "ab", opts, NULL), '?');
  CHECK_INT(optind, 2);
  CHECK_INT(getopt_long(5, argv2, "ab", opts, NULL), '?');
  CHECK_INT(optopt, 0);
  CHECK_INT(getopt_long(5, argv2, "ab", opts, NULL), '?');
  CHECK_INT(optopt, 'p');
  CHECK_INT(getopt_long(5, argv2, "ab", opts, NULL), '?');
  CHECK_INT(optopt, 'a');
  CHECK_INT(optind, 5);
  optind = 0;
  argv2[1] = "--add";
  CHECK_INT(getopt_long(2, argv2, ":ab", opts, NULL), ':'); /* leading ':' reports ':' */

  /* An exact name wins over a longer one it abbreviates. */
  static const struct option o2[] = {{"col", no_argument, 0, 1}, {"color", no_argument, 0, 2}, {0, 0, 0, 0}};
  char *argv3[] = {"prog", "--col", "--colo", NULL};
  optind = 0;
  CHECK_INT(getopt_long(3, argv3, "", o2, NULL), 1);
  CHECK_INT(getopt_long(3, argv3, "", o2, NULL), 2);
  CHECK_INT(getopt_long(3, argv3, "", o2, NULL), -1);

  /* getopt_long_only: "-name" is a long option; a short option is used when no long one fits. */
  char *argv4[] = {"prog", "-verbose", "-file", "f1", "-b", "-x", NULL};
  optind = 0;
  verbose_flag = 0;
  CHECK_INT(getopt_long_only(6, argv4, "bx", opts, NULL), 0);
  CHECK_INT(verbose_flag, 1);
  CHECK_INT(getopt_long_only(6, argv4, "bx", opts, NULL), 'f');
  CHECK_STR(optarg, "f1");
  CHECK_INT(getopt_long_only(6, argv4, "bx", opts, NULL), 'b');
  CHECK_INT(getopt_long_only(6, argv4, "bx", opts, NULL), 'x');
  CHECK_INT(getopt_long_only(6, argv4, "bx", opts, NULL), -1);
  return check_done();
}
