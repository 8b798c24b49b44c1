/* qsort of 1M pseudo-random ints, and of 100k pseudo-random strings with strcmp. One
 * operation is one whole sort (of a fresh copy of the unsorted input). */
#include "bench.h"

enum { INTS = 1 << 20, STRINGS = 100000 };

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

struct sort_case {
  void *input, *work;
  size_t count, size;
  int (*cmp)(const void *, const void *);
};

static void run(void *ctx, long n) {
  struct sort_case *c = ctx;
  for (long i = 0; i < n; i++) {
    memcpy(c->work, c->input, c->count * c->size);
    qsort(c->work, c->count, c->size, c->cmp);
    bench_escape(c->work);
  }
  for (size_t i = 1; i < c->count; i++)
    if (c->cmp((char *)c->work + (i - 1) * c->size, (char *)c->work + i * c->size) > 0)
      bench_fail("qsort left the array unsorted");
}

int main(void) {
  uint64_t s = 0x853c49e6748fea9bu;
  int *ints = bench_alloc(INTS * sizeof(int));
  for (int i = 0; i < INTS; i++) ints[i] = (int)bench_rand(&s);
  struct sort_case ic = {ints, bench_alloc(INTS * sizeof(int)), INTS, sizeof(int), cmp_int};
  bench_run("qsort 1M ints", run, &ic);

  /* Strings of 8..31 characters from a 4-letter alphabet: long common prefixes. */
  char **strs = bench_alloc(STRINGS * sizeof(char *));
  for (int i = 0; i < STRINGS; i++) {
    uint64_t r = bench_rand(&s);
    int len = 8 + (int)(r % 24);
    strs[i] = bench_alloc((size_t)len + 1);
    for (int k = 0; k < len; k++) strs[i][k] = (char)('a' + (bench_rand(&s) & 3));
    strs[i][len] = 0;
  }
  struct sort_case sc = {strs, bench_alloc(STRINGS * sizeof(char *)), STRINGS, sizeof(char *),
                         cmp_str};
  bench_run("qsort 100k strings", run, &sc);
  return 0;
}
