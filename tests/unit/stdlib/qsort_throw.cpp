// A C++ exception thrown by a qsort comparator unwinds through qsort to the caller
// (the libc is built with unwind tables for this), and qsort keeps no state behind.
#include <stdlib.h>

#include "../check.h"

namespace {
struct Stop {};
int calls = 0;
int cmp_throw(const void* a, const void* b) {
  if (++calls == 50) throw Stop{};
  int x = *static_cast<const int*>(a), y = *static_cast<const int*>(b);
  return (x > y) - (x < y);
}
int cmp(const void* a, const void* b) {
  int x = *static_cast<const int*>(a), y = *static_cast<const int*>(b);
  return (x > y) - (x < y);
}
}  // namespace

int main() {
  int v[1000];
  for (int i = 0; i < 1000; i++) v[i] = (i * 7919) % 1000;
  bool caught = false;
  try {
    qsort(v, 1000, sizeof v[0], cmp_throw);
  } catch (Stop&) {
    caught = true;
  }
  CHECK(caught);
  // Still a permutation, and a later sort works.
  qsort(v, 1000, sizeof v[0], cmp);
  int bad = 0;
  for (int i = 0; i < 1000; i++)
    if (v[i] != i) bad++;
  CHECK_INT(bad, 0);
  return check_done();
}
