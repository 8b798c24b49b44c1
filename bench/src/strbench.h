/* The string-function benchmarks: one operation on a buffer of 16 B or 64 B, with the
 * start address cycling through 16 alignments (one prepared slot per alignment, so each
 * slot can hold its own terminator), and on one 64-byte-aligned buffer of 64 KiB and
 * of 1 MiB. A program supplies prepare() to fill a slot and op() to call the function. */
#ifndef STRBENCH_H
#define STRBENCH_H

#include "bench.h"

/* Fills src (and dst if the function reads it) for an operation on len bytes. */
typedef void (*str_prepare)(unsigned char *dst, unsigned char *src, size_t len);
/* Calls the function once; the result is folded into the sink. */
typedef uint64_t (*str_op)(unsigned char *dst, const unsigned char *src, size_t len);

enum { STR_SLOTS = 16 };

struct str_case {
  str_op op;
  size_t len;
  int slots;
  unsigned char *dst[STR_SLOTS];
  unsigned char *src[STR_SLOTS];
};

static void str_case_run(void *ctx, long n) {
  struct str_case *c = ctx;
  uint64_t acc = 0;
  for (long i = 0; i < n; i++) {
    int k = (int)(i % c->slots);
    acc += c->op(c->dst[k], c->src[k], c->len);
    bench_escape(c->dst[k]);
  }
  bench_sink += acc;
}

static void str_bench(const char *fn, str_prepare prepare, str_op op) {
  static const size_t sizes[] = {16, 64, 64 << 10, 1 << 20};
  static const char *const labels[] = {"16 B", "64 B", "64 KiB", "1 MiB"};
  for (int s = 0; s < 4; s++) {
    struct str_case c = {op, sizes[s], sizes[s] <= 64 ? STR_SLOTS : 1, {0}, {0}};
    size_t stride = (sizes[s] + 128) & ~(size_t)63;
    unsigned char *dst = aligned_alloc(64, stride * c.slots);
    unsigned char *src = aligned_alloc(64, stride * c.slots);
    if (!dst || !src) bench_fail("out of memory");
    for (int k = 0; k < c.slots; k++) {
      /* Slot k: source misaligned by k, destination by a different amount. */
      c.src[k] = src + k * stride + k;
      c.dst[k] = dst + k * stride + (k * 7 & 15);
      prepare(c.dst[k], c.src[k], c.len);
    }
    char name[64];
    snprintf(name, sizeof name, "%s %s", fn, labels[s]);
    bench_run(name, str_case_run, &c);
    free(dst);
    free(src);
  }
}

/* len bytes of printable text without 'X', then a NUL: a string of length len. */
static void str_fill_text(unsigned char *p, size_t len) {
  for (size_t i = 0; i < len; i++) p[i] = (unsigned char)('a' + i % 23);
  p[len] = 0;
}

/* For the search functions: text whose last character is the 'X' sought, so that the
 * whole length is scanned. */
static void str_prepare_x_last(unsigned char *dst, unsigned char *src, size_t len) {
  (void)dst;
  str_fill_text(src, len);
  src[len - 1] = 'X';
}

/* For the comparisons: equal text up to the last character, so that the whole length is
 * compared. */
static void str_prepare_differ_last(unsigned char *dst, unsigned char *src, size_t len) {
  str_fill_text(src, len);
  str_fill_text(dst, len);
  dst[len - 1] = 'X';
}

#endif
