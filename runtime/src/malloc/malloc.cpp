// malloc, free, calloc, realloc and reallocarray: the fast paths over heap.cpp.
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "malloc/heap.h"
#include "support/errno.h"

namespace pure::heap {
namespace {

// Inlined into malloc itself: the fast path should not pay a call.
[[gnu::always_inline]] inline void* allocate(size_t n) {
  if (n <= kMaxSmall) {
    int cls = class_of(n);
    ThreadCache* tc = thread_cache;
    if (tc) [[likely]] {
      Bin& bin = tc->bins[cls];
      if (void** b = static_cast<void**>(bin.head)) [[likely]] {
        bin.head = b[0];
        bin.count--;
        b[1] = nullptr;  // clears the free mark
        return b;
      }
    }
    void** b = static_cast<void**>(alloc_small(cls));
    if (!b) return fail<void*>(ENOMEM, nullptr);
    b[1] = nullptr;
    return b;
  }
  if (n > kMaxSize) return fail<void*>(ENOMEM, nullptr);
  void* p = alloc_large(n, 0);
  return p ? p : fail<void*>(ENOMEM, nullptr);
}

inline void release(void* p) {
  Segment* seg = segment_of(p);
  if (!seg) [[unlikely]] {
    free_large(p);
    return;
  }
  int cls = small_class(seg, p);
  if (!cls) [[unlikely]] fatal("pure: free(): invalid pointer\n");
  void** b = static_cast<void**>(p);
  ThreadCache* tc = thread_cache;
  if (b[1] == reinterpret_cast<void*>(free_key)) [[unlikely]] check_double_free(tc, cls, p);
  if (!tc) [[unlikely]] {
    tc = create_thread_cache();
    if (!tc) {
      b[1] = reinterpret_cast<void*>(free_key);
      central_free_one(p, cls);
      return;
    }
  }
  Bin& bin = tc->bins[cls];
  b[0] = bin.head;
  b[1] = reinterpret_cast<void*>(free_key);
  bin.head = b;
  if (++bin.count > bin.limit) [[unlikely]] flush(tc, cls);
}

// Usable bytes of a live block.
inline size_t usable(void* p) {
  if (Segment* seg = segment_of(p)) {
    int cls = small_class(seg, p);
    if (!cls) fatal("pure: malloc_usable_size(): invalid pointer\n");
    return kClassTable.size[cls];
  }
  LargeHeader* h = large_header(p);
  return h->map_size - static_cast<size_t>(static_cast<char*>(p) - h->base);
}

}  // namespace

// Shared with usable.cpp and memalign.cpp.
size_t usable_size(void* p) { return usable(p); }

}  // namespace pure::heap

using namespace pure;
using namespace pure::heap;

extern "C" {

void* malloc(size_t n) { return allocate(n); }

void free(void* p) {
  if (p) release(p);
}

void* calloc(size_t count, size_t size) {
  size_t n;
  if (__builtin_mul_overflow(count, size, &n)) return fail<void*>(ENOMEM, nullptr);
  if (n > kMaxSmall) {
    if (n > kMaxSize) return fail<void*>(ENOMEM, nullptr);
    bool zeroed;
    void* p = alloc_large(n, 0, &zeroed);
    if (!p) return fail<void*>(ENOMEM, nullptr);
    if (!zeroed) memset(p, 0, n);  // a reused mapping; fresh ones are zero already
    return p;
  }
  void* p = allocate(n);
  if (p) memset(p, 0, n);
  return p;
}

void* realloc(void* p, size_t n) {
  if (!p) return allocate(n);
  if (n > kMaxSize) return fail<void*>(ENOMEM, nullptr);
  Segment* seg = segment_of(p);
  size_t have;
  if (seg) {
    int cls = small_class(seg, p);
    if (!cls) fatal("pure: realloc(): invalid pointer\n");
    have = kClassTable.size[cls];
    // Stay in place when the block fits and is not more than twice the need.
    if (n <= have && (n > have / 2 || cls == 1)) return p;
  } else {
    LargeHeader* h = large_header(p);
    have = h->map_size - static_cast<size_t>(static_cast<char*>(p) - h->base);
    if (n > kMaxSmall) {
      void* q = realloc_large(p, n);
      return q ? q : fail<void*>(ENOMEM, nullptr);
    }
  }
  void* q = allocate(n);
  if (!q) return nullptr;  // the old block stays valid, as the standard requires
  memcpy(q, p, n < have ? n : have);
  release(p);
  return q;
}

void* reallocarray(void* p, size_t count, size_t size) {
  size_t n;
  if (__builtin_mul_overflow(count, size, &n)) return fail<void*>(ENOMEM, nullptr);
  return realloc(p, n);
}

}  // extern "C"
