/* optreset (BSD getopt(3)): setting it to 1 makes the next getopt start afresh at optind,
   even when the previous parse stopped inside a cluster of options. */
#define _DEFAULT_SOURCE
#include <getopt.h>
#include <unistd.h>
#include "../check.h"

int main(void) {
  char *first[] = {"prog", "-ab", "file", NULL};
  CHECK_INT(getopt(3, first, "ab"), 'a'); /* stops after 'a', inside "-ab" */

  char *second[] = {"prog", "-cd", NULL};
  optreset = 1;
  optind = 1;
  CHECK_INT(getopt(2, second, "cd"), 'c');
  CHECK_INT(optreset, 0);
  CHECK_INT(getopt(2, second, "cd"), 'd');
  CHECK_INT(getopt(2, second, "cd"), -1);
  CHECK_INT(optind, 2);

  /* Resetting to a later start: optind is kept as the caller set it. */
  char *third[] = {"prog", "-x", "-y", NULL};
  optreset = 1;
  optind = 2;
  CHECK_INT(getopt(3, third, "xy"), 'y');
  CHECK_INT(getopt(3, third, "xy"), -1);

  /* getopt_long honours it too. */
  static const struct option longs[] = {{"long", no_argument, NULL, 'L'}, {0, 0, 0, 0}};
  char *fourth[] = {"prog", "-ab", NULL};
  optreset = 1;
  optind = 1;
  CHECK_INT(getopt_long(2, fourth, "ab", longs, NULL), 'a');
  char *fifth[] = {"prog", "--long", NULL};
  optreset = 1;
  optind = 1;
  CHECK_INT(getopt_long(2, fifth, "ab", longs, NULL), 'L');
  return check_done();
}
