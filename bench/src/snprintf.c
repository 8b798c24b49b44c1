/* snprintf of integers and doubles from a fixed table of pseudo-random values. */
#include "bench.h"

enum { VALUES = 1024 };
static int ints[VALUES];
static double doubles[VALUES];

struct fmt_case {
  const char *fmt;
  int is_double;
};

static void run(void *ctx, long n) {
  const struct fmt_case *c = ctx;
  char buf[64];
  uint64_t acc = 0;
  for (long i = 0; i < n; i++) {
    int k = (int)(i % VALUES);
    acc += (uint64_t)(c->is_double ? snprintf(buf, sizeof buf, c->fmt, doubles[k])
                                   : snprintf(buf, sizeof buf, c->fmt, ints[k]));
    acc += (unsigned char)buf[1];
  }
  bench_sink += acc;
}

int main(void) {
  uint64_t s = 0x9e3779b97f4a7c15u;
  for (int i = 0; i < VALUES; i++) {
    uint64_t r = bench_rand(&s);
    /* Integers of every magnitude; doubles with 53 random bits over 1e-12..1e12. */
    ints[i] = (int)(uint32_t)(r >> 32) >> r % 31;
    double m = (double)(bench_rand(&s) >> 11) / 9007199254740992.0;
    double scale = 1e-12;
    for (int e = (int)(r % 25); e > 0; e--) scale *= 10;
    doubles[i] = m * scale * (r & 2 ? -1 : 1);
  }
  static const struct fmt_case d = {"%d", 0}, g = {"%g", 1}, g17 = {"%.17g", 1};
  bench_run("snprintf %d", run, (void *)&d);
  bench_run("snprintf %g", run, (void *)&g);
  bench_run("snprintf %.17g", run, (void *)&g17);
  return 0;
}
