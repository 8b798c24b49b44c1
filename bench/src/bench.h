/* Shared by the benchmark programs: a calibrated timing loop and guards against the
 * compiler deleting the work. Every program is built three times (pure, glibc, musl)
 * with the same compiler and flags (-O2 -fno-builtin), so only the libc differs.
 *
 * A case is a function run(ctx, n) doing n operations. bench_run() grows n until one
 * call takes about BENCH_TARGET_NS, then times BENCH_REPS calls and prints the fastest
 * as "name<TAB>ns per operation": the minimum drops interruptions by other processes,
 * and process start-up is never inside the timed region. */
#ifndef BENCH_H
#define BENCH_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BENCH_TARGET_NS 20000000.0 /* 20 ms per timed call */
#define BENCH_REPS 3

typedef void (*bench_fn)(void *ctx, long n);

/* Results are added here so that no computed value is dead. */
static volatile uint64_t bench_sink;

/* The compiler must assume p's memory is read and written: stops hoisting calls with
 * the same arguments out of loops and dropping stores into buffers. */
static inline void bench_escape(const void *p) { __asm__ volatile("" : : "r"(p) : "memory"); }

static inline uint64_t bench_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

static void bench_run(const char *name, bench_fn fn, void *ctx) {
  long n = 1;
  /* BENCH_N=count: exactly that many operations, once, without calibration; for
   * counting instructions with callgrind, where the time means nothing. */
  const char *fixed = getenv("BENCH_N");
  if (fixed && (n = atol(fixed)) > 0) {
    uint64_t t0 = bench_now();
    fn(ctx, n);
    printf("%s\t%.3f\n", name, (double)(bench_now() - t0) / (double)n);
    return;
  }
  n = 1;
  for (;;) {
    /* The faster of two calls: one slowed down by another process would leave n too
     * small, and fixed costs (starting threads, opening files) would then dominate. */
    double dt = 0;
    for (int k = 0; k < 2; k++) {
      uint64_t t0 = bench_now();
      fn(ctx, n);
      double d = (double)(bench_now() - t0);
      if (k == 0 || d < dt) dt = d;
    }
    if (dt >= BENCH_TARGET_NS / 4) {
      double scaled = (double)n * BENCH_TARGET_NS / dt;
      if (scaled > (double)n) n = (long)scaled;
      break;
    }
    n *= dt < BENCH_TARGET_NS / 64 ? 16 : 2;
  }
  double best = 0;
  for (int r = 0; r < BENCH_REPS; r++) {
    uint64_t t0 = bench_now();
    fn(ctx, n);
    double per_op = (double)(bench_now() - t0) / (double)n;
    if (r == 0 || per_op < best) best = per_op;
  }
  printf("%s\t%.3f\n", name, best);
  fflush(stdout);
}

/* xorshift64: the same pseudo-random sequence for every libc (rand() differs). */
static inline uint64_t bench_rand(uint64_t *s) {
  uint64_t x = *s;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return *s = x;
}

static void bench_fail(const char *what) {
  fprintf(stderr, "benchmark self-check failed: %s\n", what);
  exit(1);
}

static void *bench_alloc(size_t n) {
  void *p = malloc(n);
  if (!p) bench_fail("out of memory");
  return p;
}

#endif
