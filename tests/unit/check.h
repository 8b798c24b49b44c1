/* A minimal checker for the hermetic libc tests: each test is a program that exits 0
   when every CHECK held. Failures print file:line and the expression, then the test goes
   on so one run shows them all. Expected values come from the standards, not our output. */
#ifndef PURE_TEST_CHECK_H
#define PURE_TEST_CHECK_H
#include <stdio.h>
#include <string.h>

static int check_failures;
static int check_count;

#define CHECK(cond)                                                                  \
  do {                                                                               \
    check_count++;                                                                   \
    if (!(cond)) {                                                                   \
      check_failures++;                                                              \
      fprintf(stderr, "%s:%d: FAIL: %s\n", __FILE__, __LINE__, #cond);               \
    }                                                                                \
  } while (0)

#define CHECK_INT(got, want)                                                         \
  do {                                                                               \
    long long check_g_ = (long long)(got), check_w_ = (long long)(want);             \
    check_count++;                                                                   \
    if (check_g_ != check_w_) {                                                      \
      check_failures++;                                                              \
      fprintf(stderr, "%s:%d: FAIL: %s == %lld, want %lld\n", __FILE__, __LINE__,    \
              #got, check_g_, check_w_);                                             \
    }                                                                                \
  } while (0)

#define CHECK_STR(got, want)                                                         \
  do {                                                                               \
    const char *check_g_ = (got), *check_w_ = (want);                                \
    check_count++;                                                                   \
    if (!check_g_ || strcmp(check_g_, check_w_) != 0) {                              \
      check_failures++;                                                              \
      fprintf(stderr, "%s:%d: FAIL: %s == \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
              #got, check_g_ ? check_g_ : "(null)", check_w_);                       \
    }                                                                                \
  } while (0)

/* Ends main: reports and returns the exit status. */
static int check_done(void) {
  if (check_count == 0) {
    fprintf(stderr, "FAIL: no checks ran\n");
    return 1;
  }
  printf("%d checks, %d failed\n", check_count, check_failures);
  return check_failures ? 1 : 0;
}
#endif
