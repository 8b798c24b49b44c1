/* qsort, qsort_r and bsearch: random, sorted, reversed, equal and sawtooth inputs of
   many sizes and element widths; the result must be sorted and a permutation. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../check.h"

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static int calls;
static int cmp_int_r(const void *a, const void *b, void *arg) {
  (*(int *)arg)++;
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

struct Wide {
  int key;
  char payload[13]; /* 20-byte elements: not a multiple of 8 */
};

static int cmp_wide(const void *a, const void *b) {
  const struct Wide *x = a, *y = b;
  return (x->key > y->key) - (x->key < y->key);
}

static int cmp_first_byte(const void *a, const void *b) {
  return *(const unsigned char *)a - *(const unsigned char *)b;
}

static unsigned rng = 7;
static int next_rand(void) {
  rng = rng * 1103515245u + 12345u;
  return (int)(rng >> 8);
}

static int a[20000], copy[20000];

static int sorted_perm(int n) {
  for (int i = 1; i < n; i++)
    if (a[i - 1] > a[i]) return 0;
  /* Same multiset: sort the copy with a simple insertion sort would be slow; compare sums
     and xors of hashes instead. */
  uint64_t s1 = 0, s2 = 0, x1 = 0, x2 = 0;
  for (int i = 0; i < n; i++) {
    s1 += (uint64_t)a[i] * 2654435761u;
    s2 += (uint64_t)copy[i] * 2654435761u;
    x1 ^= (uint64_t)a[i] * 0x9E3779B97F4A7C15ull;
    x2 ^= (uint64_t)copy[i] * 0x9E3779B97F4A7C15ull;
  }
  return s1 == s2 && x1 == x2;
}

int main(void) {
  static const int sizes[] = {0, 1, 2, 3, 5, 12, 13, 17, 100, 127, 128, 1000, 20000};
  int bad = 0;
  for (unsigned si = 0; si < sizeof sizes / sizeof sizes[0]; si++) {
    int n = sizes[si];
    for (int kind = 0; kind < 6; kind++) {
      for (int i = 0; i < n; i++) {
        switch (kind) {
          case 0: a[i] = next_rand(); break;
          case 1: a[i] = i; break;
          case 2: a[i] = n - i; break;
          case 3: a[i] = 42; break;
          case 4: a[i] = i % 17; break;
          case 5: a[i] = (i & 1) ? i : n - i; break; /* organ-pipe-ish */
        }
        copy[i] = a[i];
      }
      if (kind % 2) {
        qsort(a, (size_t)n, sizeof a[0], cmp_int);
      } else {
        calls = 0;
        qsort_r(a, (size_t)n, sizeof a[0], cmp_int_r, &calls);
        /* O(n log n): generous bound against quadratic behaviour. */
        if (n > 100 && calls > 4 * n * 15) bad++;
      }
      if (!sorted_perm(n)) bad++;
    }
  }
  CHECK_INT(bad, 0);

  /* Wider, odd-sized elements. */
  static struct Wide w[500];
  for (int i = 0; i < 500; i++) {
    w[i].key = next_rand() % 100;
    memset(w[i].payload, w[i].key, sizeof w[i].payload);
  }
  qsort(w, 500, sizeof w[0], cmp_wide);
  bad = 0;
  for (int i = 0; i < 500; i++) {
    if (i && w[i - 1].key > w[i].key) bad++;
    for (unsigned k = 0; k < sizeof w[i].payload; k++)
      if (w[i].payload[k] != (char)w[i].key) bad++;
  }
  CHECK_INT(bad, 0);

  /* Odd element size (3 bytes). */
  unsigned char t[3 * 50];
  for (int i = 0; i < 50; i++) {
    t[3 * i] = (unsigned char)(50 - i);
    t[3 * i + 1] = (unsigned char)i;
    t[3 * i + 2] = 0xAA;
  }
  qsort(t, 50, 3, cmp_first_byte);
  bad = 0;
  for (int i = 0; i < 50; i++)
    if (t[3 * i] != i + 1 || t[3 * i + 1] != 49 - i || t[3 * i + 2] != 0xAA) bad++;
  CHECK_INT(bad, 0);

  /* bsearch. */
  int sorted[100];
  for (int i = 0; i < 100; i++) sorted[i] = 2 * i;
  bad = 0;
  for (int k = -1; k < 201; k++) {
    int *r = bsearch(&k, sorted, 100, sizeof sorted[0], cmp_int);
    if (k >= 0 && k < 200 && k % 2 == 0) {
      if (!r || *r != k) bad++;
    } else if (r) {
      bad++;
    }
  }
  CHECK_INT(bad, 0);
  int key = 5;
  CHECK(bsearch(&key, sorted, 0, sizeof sorted[0], cmp_int) == NULL);
  return check_done();
}
