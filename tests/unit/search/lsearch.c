#define _GNU_SOURCE
#include <search.h>
#include <stddef.h>

#include "../check.h"

static int cmp_int(const void *a, const void *b) { return *(const int *)a != *(const int *)b; }

struct item {
  struct item *next;
  struct item *prev;
  int value;
};

int main(void) {
  int arr[8] = {4, 8, 15};
  size_t n = 3;
  int k = 15;
  CHECK(lfind(&k, arr, &n, sizeof(int), cmp_int) == &arr[2]);
  k = 16;
  CHECK(lfind(&k, arr, &n, sizeof(int), cmp_int) == NULL);
  CHECK_INT(n, 3);
  int *p = lsearch(&k, arr, &n, sizeof(int), cmp_int);
  CHECK(p == &arr[3]);
  CHECK_INT(n, 4);
  CHECK_INT(arr[3], 16);
  k = 8;
  CHECK(lsearch(&k, arr, &n, sizeof(int), cmp_int) == &arr[1]);
  CHECK_INT(n, 4);
  size_t zero = 0;
  CHECK(lfind(&k, arr, &zero, sizeof(int), cmp_int) == NULL);

  /* A linear list built with a null predecessor, then grown and shrunk. */
  struct item a = {0, 0, 1}, b = {0, 0, 2}, c = {0, 0, 3};
  a.next = &c; /* garbage that insque must overwrite */
  insque(&a, NULL);
  CHECK(a.next == NULL && a.prev == NULL);
  insque(&c, &a);
  CHECK(a.next == &c && c.prev == &a && c.next == NULL);
  insque(&b, &a);
  CHECK(a.next == &b && b.prev == &a && b.next == &c && c.prev == &b);
  remque(&b);
  CHECK(a.next == &c && c.prev == &a);
  remque(&a);
  CHECK(c.prev == NULL);
  remque(&c); /* a lone element: nothing to unlink from */

  /* A circular queue also works. */
  struct item h = {0, 0, 0}, x = {0, 0, 9};
  h.next = h.prev = &h;
  insque(&x, &h);
  CHECK(h.next == &x && h.prev == &x && x.next == &h && x.prev == &h);
  remque(&x);
  CHECK(h.next == &h && h.prev == &h);
  return check_done();
}
