/* malloc and friends: alignment, content preservation, zeroing, errors, and a stress
   run over many sizes. Calls go through volatile pointers so the compiler cannot fold
   or drop them. */
#define _GNU_SOURCE
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../check.h"

static void *(*volatile p_malloc)(size_t) = malloc;
static void *(*volatile p_calloc)(size_t, size_t) = calloc;
static void *(*volatile p_realloc)(void *, size_t) = realloc;
static void (*volatile p_free)(void *) = free;

static int aligned(void *p, size_t a) { return ((uintptr_t)p & (a - 1)) == 0; }

static void test_basics(void) {
  void *p = p_malloc(0);
  CHECK(p != NULL); /* a unique pointer that can be freed */
  void *q = p_malloc(0);
  CHECK(q != NULL && q != p);
  p_free(p);
  p_free(q);
  p_free(NULL);

  int bad = 0;
  for (size_t n = 1; n < 5000; n += (n < 300 ? 1 : 37)) {
    unsigned char *b = p_malloc(n);
    if (!b || !aligned(b, 16)) bad++;
    if (b) {
      memset(b, 0xAB, n);
      if (malloc_usable_size(b) < n) bad++;
      p_free(b);
    }
  }
  CHECK_INT(bad, 0);

  /* Large blocks. */
  size_t big = 3u << 20;
  unsigned char *b = p_malloc(big);
  CHECK(b != NULL && aligned(b, 16));
  if (b) {
    b[0] = 1;
    b[big - 1] = 2;
    CHECK(malloc_usable_size(b) >= big);
    p_free(b);
  }
}

static void test_errors(void) {
  errno = 0;
  CHECK(p_malloc(SIZE_MAX) == NULL);
  CHECK_INT(errno, ENOMEM);
  errno = 0;
  CHECK(p_malloc(PTRDIFF_MAX) == NULL);
  CHECK_INT(errno, ENOMEM);
  errno = 0;
  CHECK(p_calloc(SIZE_MAX / 2, 3) == NULL); /* overflow */
  CHECK_INT(errno, ENOMEM);
  errno = 0;
  CHECK(p_calloc(1u << 31, 1u << 31) == NULL);
  CHECK_INT(errno, ENOMEM);
  void *p = p_malloc(10);
  errno = 0;
  CHECK(p_realloc(p, SIZE_MAX - 10) == NULL);
  CHECK_INT(errno, ENOMEM);
  errno = 0;
  CHECK(reallocarray(p, SIZE_MAX / 4, 8) == NULL);
  CHECK_INT(errno, ENOMEM);
  p_free(p); /* still valid after the failed reallocs */
}

static void test_calloc(void) {
  int bad = 0;
  for (int round = 0; round < 3; round++)
    for (size_t n = 1; n < 3000; n += 61) {
      /* Dirty blocks first so calloc has to clear reused memory. */
      unsigned char *d = p_malloc(n);
      memset(d, 0xFF, n);
      p_free(d);
      unsigned char *c = p_calloc(n, 1);
      if (!c) {
        bad++;
        continue;
      }
      for (size_t i = 0; i < n; i++)
        if (c[i]) bad++;
      p_free(c);
    }
  /* Large blocks freed dirty and then reused must come back zeroed too. */
  for (size_t n = 200000; n < 3000000; n = n * 2 + 4093) {
    unsigned char *d = p_malloc(n);
    if (!d) {
      bad++;
      continue;
    }
    memset(d, 0xFF, n);
    p_free(d);
    unsigned char *c = p_calloc(1, n);
    if (!c) {
      bad++;
      continue;
    }
    for (size_t i = 0; i < n; i += 511)
      if (c[i]) bad++;
    if (c[n - 1]) bad++;
    p_free(c);
  }
  unsigned *big = p_calloc(300000, sizeof(unsigned));
  CHECK(big != NULL);
  if (big) {
    for (size_t i = 0; i < 300000; i += 1000)
      if (big[i]) bad++;
    p_free(big);
  }
  CHECK_INT(bad, 0);
}

static void test_realloc(void) {
  int bad = 0;
  unsigned char *p = p_realloc(NULL, 5);
  CHECK(p != NULL);
  for (int i = 0; i < 5; i++) p[i] = (unsigned char)i;
  /* Grow through small, medium and large sizes and back down. */
  size_t sizes[] = {5, 17, 100, 1000, 5000, 70000, 200000, 3000000, 150000, 4000, 64, 8};
  size_t have = 5;
  for (size_t k = 1; k < sizeof sizes / sizeof sizes[0]; k++) {
    size_t n = sizes[k];
    p = p_realloc(p, n);
    if (!p || !aligned(p, 16)) {
      bad++;
      break;
    }
    size_t keep = have < n ? have : n;
    for (size_t i = 0; i < keep; i++)
      if (p[i] != (unsigned char)(i * 13 + (i >> 8)) && !(i < 5 && p[i] == i)) bad++;
    for (size_t i = 0; i < n; i++) p[i] = (unsigned char)(i * 13 + (i >> 8));
    have = n;
  }
  p_free(p);
  CHECK_INT(bad, 0);
}

static void test_aligned(void) {
  int bad = 0;
  for (size_t a = 1; a <= (1u << 20); a *= 2)
    for (size_t n = 1; n < 300000; n = n * 3 + 1) {
      void *p = aligned_alloc(a, n);
      if (!p || !aligned(p, a)) bad++;
      if (p) {
        memset(p, 0x5A, n);
        if (malloc_usable_size(p) < n) bad++;
        free(p);
      }
      void *q = NULL;
      if (a >= sizeof(void *)) {
        if (posix_memalign(&q, a, n) != 0 || !aligned(q, a)) bad++;
        free(q);
      }
      q = memalign(a, n);
      if (!q || !aligned(q, a)) bad++;
      free(q);
    }
  CHECK_INT(bad, 0);
  void *q = (void *)1;
  errno = 0;
  CHECK_INT(posix_memalign(&q, 3 * sizeof(void *), 16), EINVAL);
  CHECK_INT(posix_memalign(&q, 4, 16), EINVAL); /* not a multiple of sizeof(void *) */
  CHECK(q == (void *)1);
  CHECK_INT(errno, 0); /* posix_memalign reports through its result only */
  errno = 0;
  CHECK(aligned_alloc(24, 48) == NULL);
  CHECK_INT(errno, EINVAL);
  void *v = valloc(100);
  CHECK(v && aligned(v, 4096));
  free(v);
  v = pvalloc(100);
  CHECK(v && aligned(v, 4096) && malloc_usable_size(v) >= 4096);
  free(v);
}

/* Many live blocks of mixed sizes, freed in a scrambled order, contents checked. */
static void test_stress(void) {
  enum { N = 4000 };
  static unsigned char *blocks[N];
  static size_t lens[N];
  unsigned x = 12345;
  int bad = 0;
  for (int round = 0; round < 4; round++) {
    for (int i = 0; i < N; i++) {
      x = x * 1103515245u + 12345u;
      size_t n = (x >> 8) % (i % 50 == 0 ? 200000 : 600) + 1;
      blocks[i] = p_malloc(n);
      lens[i] = n;
      if (!blocks[i]) {
        bad++;
        continue;
      }
      memset(blocks[i], (unsigned char)i, n < 64 ? n : 64);
    }
    for (int i = 0; i < N; i++) {
      int j = (int)((i * 7919u + round) % N);
      if (!blocks[j]) continue;
      size_t n = lens[j] < 64 ? lens[j] : 64;
      for (size_t k = 0; k < n; k++)
        if (blocks[j][k] != (unsigned char)j) bad++;
      p_free(blocks[j]);
      blocks[j] = NULL;
    }
  }
  CHECK_INT(bad, 0);
}

int main(void) {
  test_basics();
  test_errors();
  test_calloc();
  test_realloc();
  test_aligned();
  test_stress();
  return check_done();
}
