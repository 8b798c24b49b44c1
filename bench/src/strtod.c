/* strtod of pseudo-random decimal strings: 1 to 17 significant digits, a decimal point
 * anywhere in them, exponents from e-30 to e+30. The strings are built here, not by the
 * libc under test, so every libc parses the same text. */
#include "bench.h"

enum { STRINGS = 1024 };
static char text[STRINGS][40];

static void run(void *ctx, long n) {
  (void)ctx;
  double acc = 0;
  for (long i = 0; i < n; i++) {
    char *end;
    acc += strtod(text[i % STRINGS], &end);
    if (*end) bench_fail("strtod stopped early");
  }
  bench_sink += (uint64_t)(acc != 0);
}

int main(void) {
  uint64_t s = 0x2545f4914f6cdd1du;
  for (int i = 0; i < STRINGS; i++) {
    uint64_t r = bench_rand(&s);
    int digits = 1 + (int)(r % 17), point = (int)((r >> 8) % (uint64_t)(digits + 1));
    char *p = text[i];
    if (r >> 16 & 1) *p++ = '-';
    for (int d = 0; d < digits; d++) {
      if (d == point) *p++ = '.';
      *p++ = (char)('0' + (d == 0 ? 1 + bench_rand(&s) % 9 : bench_rand(&s) % 10));
    }
    int e = (int)((r >> 24) % 61) - 30;
    *p++ = 'e';
    if (e < 0) {
      *p++ = '-';
      e = -e;
    }
    if (e >= 10) *p++ = (char)('0' + e / 10);
    *p++ = (char)('0' + e % 10);
    *p = 0;
  }
  bench_run("strtod", run, 0);
  return 0;
}
