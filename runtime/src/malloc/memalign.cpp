// Aligned allocation: aligned_alloc, posix_memalign, memalign, valloc and pvalloc.
#include <errno.h>
#include <malloc.h>
#include <stdlib.h>

#include "malloc/heap.h"
#include "support/errno.h"

namespace pure::heap {
namespace {

constexpr size_t kPage = 4096;

// Blocks of a power-of-two class are aligned to their size (spans start on 64 KiB
// boundaries), so small aligned requests take such a class; others get a mapping.
void* aligned(size_t align, size_t n) {
  if (align <= 16) {
    void* p = malloc(n);
    return p;
  }
  if (n > kMaxSize) return fail<void*>(ENOMEM, nullptr);
  if (align <= kPageSize && n <= kMaxSmall) {
    size_t s = n > align ? n : align;
    s = s <= 16 ? 16 : size_t{1} << (64 - __builtin_clzll(s - 1));  // next power of two
    if (s <= kMaxSmall) {
      void** b = static_cast<void**>(alloc_small(class_of(s)));
      if (!b) return fail<void*>(ENOMEM, nullptr);
      b[1] = nullptr;
      return b;
    }
  }
  void* p = alloc_large(n, align);
  return p ? p : fail<void*>(ENOMEM, nullptr);
}

inline bool power_of_two(size_t a) { return a && !(a & (a - 1)); }

}  // namespace
}  // namespace pure::heap

using namespace pure;

extern "C" {

void* aligned_alloc(size_t align, size_t n) {
  if (!heap::power_of_two(align)) return fail<void*>(EINVAL, nullptr);
  return heap::aligned(align, n);
}

void* memalign(size_t align, size_t n) {
  if (!heap::power_of_two(align)) return fail<void*>(EINVAL, nullptr);
  return heap::aligned(align, n);
}

int posix_memalign(void** out, size_t align, size_t n) {
  // Reports through the return value and leaves errno alone (POSIX).
  if (!heap::power_of_two(align) || align % sizeof(void*)) return EINVAL;
  int saved = errno;
  void* p = heap::aligned(align, n);
  if (!p) {
    errno = saved;
    return ENOMEM;
  }
  *out = p;
  return 0;
}

void* valloc(size_t n) { return heap::aligned(heap::kPage, n); }

void* pvalloc(size_t n) {
  if (n > heap::kMaxSize) return fail<void*>(ENOMEM, nullptr);
  return heap::aligned(heap::kPage, n ? (n + heap::kPage - 1) & ~(heap::kPage - 1) : heap::kPage);
}

}  // extern "C"
