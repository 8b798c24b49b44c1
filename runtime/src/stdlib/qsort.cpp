// qsort and qsort_r (GNU order: the context comes last). Introsort: quicksort with a
// median-of-three (ninther on large ranges) pivot, insertion sort on short ranges, and
// heapsort once the recursion gets too deep, so the worst case stays O(n log n).
// No state outside the call: comparators may be reentrant, and C++ exceptions thrown by
// a comparator may unwind through it (the libc keeps unwind tables).
#include <stdlib.h>
#include <stdint.h>

namespace pure {
namespace {

inline void swap_bytes(char* a, char* b, size_t size) {
  for (; size >= 8; size -= 8, a += 8, b += 8) {
    uint64_t x, y;
    __builtin_memcpy(&x, a, 8);
    __builtin_memcpy(&y, b, 8);
    __builtin_memcpy(a, &y, 8);
    __builtin_memcpy(b, &x, 8);
  }
  if (size >= 4) {  // int and float arrays: one step, not four single bytes
    uint32_t x, y;
    __builtin_memcpy(&x, a, 4);
    __builtin_memcpy(&y, b, 4);
    __builtin_memcpy(a, &y, 4);
    __builtin_memcpy(b, &x, 4);
    size -= 4, a += 4, b += 4;
  }
  for (; size; size--, a++, b++) {
    char t = *a;
    *a = *b;
    *b = t;
  }
}

template <class Less> struct Sorter {
  size_t size;
  Less cmp;  // cmp(a, b) like the user's comparator: <0, 0, >0

  char* at(char* base, size_t i) const { return base + i * size; }
  void swap(char* a, char* b) const {
    if (a != b) swap_bytes(a, b, size);
  }

  void insertion(char* base, size_t n) const {
    for (size_t i = 1; i < n; i++)
      for (size_t j = i; j > 0 && cmp(at(base, j - 1), at(base, j)) > 0; j--) swap(at(base, j - 1), at(base, j));
  }

  void sift_down(char* base, size_t root, size_t n) const {
    for (;;) {
      size_t child = 2 * root + 1;
      if (child >= n) return;
      if (child + 1 < n && cmp(at(base, child), at(base, child + 1)) < 0) child++;
      if (cmp(at(base, root), at(base, child)) >= 0) return;
      swap(at(base, root), at(base, child));
      root = child;
    }
  }

  void heapsort(char* base, size_t n) const {
    for (size_t i = n / 2; i-- > 0;) sift_down(base, i, n);
    for (size_t end = n; end-- > 1;) {
      swap(base, at(base, end));
      sift_down(base, 0, end);
    }
  }

  char* median3(char* a, char* b, char* c) const {
    if (cmp(a, b) < 0) return cmp(b, c) < 0 ? b : cmp(a, c) < 0 ? c : a;
    return cmp(b, c) > 0 ? b : cmp(a, c) > 0 ? c : a;
  }

  void sort(char* base, size_t n, int depth) const {
    while (n > 12) {
      if (depth-- == 0) {
        heapsort(base, n);
        return;
      }
      char* lo = base;
      char* mid = at(base, n / 2);
      char* hi = at(base, n - 1);
      char* pivot;
      if (n >= 128) {
        size_t s = n / 8;
        pivot = median3(median3(lo, at(lo, s), at(lo, 2 * s)), median3(mid - s * size, mid, mid + s * size),
                        median3(hi - 2 * s * size, hi - s * size, hi));
      } else {
        pivot = median3(lo, mid, hi);
      }
      swap(base, pivot);
      // Hoare partition around base[0]; elements equal to the pivot stop both scans, so
      // runs of equal keys split evenly.
      char* end = at(base, n);
      char* i = base;
      char* j = end;
      for (;;) {
        do i += size;
        while (i < end && cmp(i, base) < 0);
        do j -= size;
        while (j > base && cmp(j, base) > 0);
        if (i >= j) break;
        swap(i, j);
      }
      swap(base, j);
      size_t left = static_cast<size_t>(j - base) / size;
      size_t right = n - left - 1;
      // Recurse into the smaller side, loop on the larger: O(log n) stack.
      if (left < right) {
        sort(base, left, depth);
        base = j + size;
        n = right;
      } else {
        sort(j + size, right, depth);
        n = left;
      }
    }
    insertion(base, n);
  }
};

template <class Less> void introsort(void* base, size_t n, size_t size, Less cmp) {
  if (n < 2 || size == 0) return;
  int depth = 0;
  for (size_t m = n; m; m >>= 1) depth += 2;
  Sorter<Less>{size, cmp}.sort(static_cast<char*>(base), n, depth);
}

}  // namespace
}  // namespace pure

extern "C" {

void qsort(void* base, size_t n, size_t size, int (*cmp)(const void*, const void*)) {
  pure::introsort(base, n, size, [cmp](const char* a, const char* b) { return cmp(a, b); });
}

void qsort_r(void* base, size_t n, size_t size, int (*cmp)(const void*, const void*, void*), void* arg) {
  pure::introsort(base, n, size, [cmp, arg](const char* a, const char* b) { return cmp(a, b, arg); });
}

}  // extern "C"
