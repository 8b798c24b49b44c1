#include <stdio.h>
#include <time.h>
#ifdef USE_GREETING
const char *greeting(void);
#else
#include "config.h"
static const char *greeting(void) { return "hello"; }
#endif

int main(void) {
#ifdef HAVE_CLOCK_GETTIME
  struct timespec t;
  if (clock_gettime(CLOCK_MONOTONIC, &t) != 0) return 1;
#endif
  printf("%s from C\n", greeting());
  return 0;
}
