// The allocator's internals, shared by malloc.cpp, memalign.cpp and usable.cpp.
//
// Layout. Small blocks (up to kMaxSmall bytes) come in size classes. Memory is reserved
// from the kernel in 4 MiB segments aligned to 4 MiB; a segment is cut into 64 KiB pages,
// page 0 holding the segment's metadata. A span is a run of pages serving one class.
// Anything bigger than kMaxSmall is a "large" block: its own mapping, unmapped on free.
//
// Caching. Each thread keeps a short free list per class (the fast path: no lock, no
// atomic). Lists that grow too long, or run dry, exchange blocks in batches with the
// class's central list, which has its own lock. Spans that become completely free go
// back to their segment; their pages go back to the kernel (MADV_DONTNEED) once more than
// kDirtyLimit bytes of such pages pile up, so a program that frees and reallocates does
// not fault the same pages in again and again. Empty segments are unmapped (one is kept).
// Freed large blocks are likewise kept in a small cache, bounded in count and bytes.
//
// Finding metadata. A pointer's segment is its address rounded down to 4 MiB; a bitmap
// over the address space says whether that is one of ours (so free() never reads memory
// that may not be mapped). Large blocks carry a header just below the pointer.
#pragma once
#include <stddef.h>
#include <stdint.h>

#include "support/lock.h"

namespace pure::heap {

inline constexpr size_t kSegmentSize = size_t{4} << 20;
inline constexpr size_t kPageShift = 16;
inline constexpr size_t kPageSize = size_t{1} << kPageShift;
inline constexpr size_t kPagesPerSegment = kSegmentSize / kPageSize;  // 64, page 0 = metadata
inline constexpr size_t kMaxSmall = size_t{128} << 10;
inline constexpr size_t kLargeHeader = 64;  // bytes below a large block's pointer
inline constexpr size_t kDirtyLimit = size_t{16} << 20;
inline constexpr size_t kMaxSize = static_cast<size_t>(__PTRDIFF_MAX__) - (size_t{1} << 24);

// Size classes: 16..128 by 16, then four per doubling up to kMaxSmall. Class 0 means
// "no class" in the page map.
inline constexpr int kClasses = 1 + 8 + 4 * 10;

// A request's class comes from one table lookup, indexed in 16-byte steps up to 1 KiB
// and in 256-byte steps above (exact there: every class above 1 KiB is a multiple of
// 256 bytes). 573 bytes, where a table in 16-byte steps over the whole small range would
// be 8 KiB of read-only data in every program that allocates.
inline constexpr size_t kFineLimit = 1024;
inline constexpr size_t kCoarseBase = kFineLimit / 16 - kFineLimit / 256;  // 60: joins the ranges
inline constexpr size_t kClassIndexes = kMaxSmall / 256 + kCoarseBase + 1;

// Selected without a branch: mixed sizes would make one mispredict.
inline size_t class_index(size_t n) {
  size_t fine = (n + 15) >> 4;
  size_t coarse = ((n + 255) >> 8) + kCoarseBase;
  return __builtin_unpredictable(n <= kFineLimit) ? fine : coarse;
}

struct ClassTable {
  uint32_t size[kClasses] = {};
  uint8_t pages[kClasses] = {};       // span length in pages
  uint16_t cache_limit[kClasses] = {};  // most blocks a thread cache keeps
  uint64_t reciprocal[kClasses] = {};   // ceil(2^40 / size): offset / size without a divide
  uint8_t by_index[kClassIndexes] = {};  // class of a request, by class_index(n)
  constexpr ClassTable() {
    int c = 1;
    for (uint32_t s = 16; s <= 128; s += 16) size[c++] = s;
    for (uint32_t base = 128; base < kMaxSmall; base *= 2)
      for (uint32_t k = 1; k <= 4; k++) size[c++] = base + base / 4 * k;
    for (c = 1; c < kClasses; c++) {
      size_t p = (size_t{size[c]} * 8 + kPageSize - 1) / kPageSize;  // at least 8 blocks
      pages[c] = static_cast<uint8_t>(p < 1 ? 1 : p > 16 ? 16 : p);
      size_t limit = (size_t{64} << 10) / size[c];
      cache_limit[c] = static_cast<uint16_t>(limit < 2 ? 2 : limit > 256 ? 256 : limit);
      reciprocal[c] = ((uint64_t{1} << 40) + size[c] - 1) / size[c];
    }
    // Each index stands for the largest request that maps to it.
    c = 1;
    for (size_t i = 0; i <= kFineLimit / 16; i++) {
      while (size[c] < i * 16) c++;
      by_index[i] = static_cast<uint8_t>(c);
    }
    for (size_t i = kFineLimit / 256 + 1; i <= kMaxSmall / 256; i++) {
      while (size[c] < i * 256) c++;
      by_index[i + kCoarseBase] = static_cast<uint8_t>(c);
    }
  }
};
extern const ClassTable kClassTable;

// The smallest class whose blocks hold n bytes (n <= kMaxSmall).
inline int class_of(size_t n) { return kClassTable.by_index[class_index(n)]; }

struct Span {
  void* free;        // blocks given back to this span (singly linked through word 0)
  char* bump;        // next block never handed out yet
  char* end;         // end of the last whole block
  Span* prev;        // the class's list of spans with blocks available
  Span* next;
  uint32_t live;     // blocks outside the span (in thread caches or with the user)
  uint16_t pages;
  uint8_t cls;
  bool listed;       // on the class's available list
};

struct Segment {
  Segment* next;
  Segment* prev;
  uint64_t used;                      // bit i: page i belongs to a span (bit 0: metadata)
  uint64_t dirty;                     // free pages not yet given back to the kernel
  uint8_t page_class[kPagesPerSegment];  // class of each page, 0 when not in a span
  uint8_t page_first[kPagesPerSegment];  // first page of the span holding each page
  Span spans[kPagesPerSegment];          // indexed by a span's first page
};
static_assert(sizeof(Segment) <= kPageSize, "segment metadata must fit in page 0");

// Large blocks: this header sits kLargeHeader bytes below the pointer.
struct LargeHeader {
  uintptr_t check;   // kLargeMagic ^ pointer: catches frees of foreign pointers
  char* base;        // the mapping
  size_t map_size;
};
inline constexpr uintptr_t kLargeMagic = 0x7075726548656170ull;  // arbitrary

// The segment bitmap: one bit per 4 MiB of address space (48-bit addresses).
inline constexpr size_t kAddressBits = 48;
extern constinit uint64_t* segment_map;
inline Segment* segment_of(const void* p) {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  uintptr_t i = a >> 22;
  uint64_t* map = __atomic_load_n(&segment_map, __ATOMIC_ACQUIRE);
  if (!map || i >= (uintptr_t{1} << (kAddressBits - 22))) return nullptr;
  if (!(__atomic_load_n(&map[i >> 6], __ATOMIC_RELAXED) >> (i & 63) & 1)) return nullptr;
  return reinterpret_cast<Segment*>(a & ~(kSegmentSize - 1));
}

// Class of a small block, or 0 when p is not the start of a block we handed out.
inline int small_class(Segment* seg, const void* p) {
  uintptr_t off = reinterpret_cast<uintptr_t>(p) - reinterpret_cast<uintptr_t>(seg);
  size_t page = off >> kPageShift;
  int c = seg->page_class[page];
  if (!c) return 0;
  uintptr_t start = size_t{seg->page_first[page]} << kPageShift;
  uintptr_t rel = off - start;
  uint64_t q = (rel * kClassTable.reciprocal[c]) >> 40;
  return q * kClassTable.size[c] == rel ? c : 0;
}

// Thread caches.
struct Bin {
  void* head;
  uint32_t count;
  uint32_t limit;
};
struct ThreadCache {
  Bin bins[kClasses];
  ThreadCache* next_free;
};
extern constinit thread_local ThreadCache* thread_cache;
extern constinit thread_local bool cache_retired;  // the thread is exiting: no new cache
extern constinit uintptr_t free_key;  // marks freed blocks (word 1) to catch double frees

ThreadCache* create_thread_cache();
// Refills an empty bin from the central list; returns a block or null (ENOMEM).
void* refill(ThreadCache* tc, int cls);
// Moves the older half of an over-full bin to the central list.
void flush(ThreadCache* tc, int cls);
// Frees a small block without a thread cache (the cache could not be created).
void central_free_one(void* p, int cls);
// Allocates a small block of a class, with or without a thread cache.
void* alloc_small(int cls);
// Aborts if p (with the free key in word 1) is found among the freed blocks.
void check_double_free(ThreadCache* tc, int cls, void* p);

// A large block; *zeroed (if given) tells whether its memory is known to be zero.
void* alloc_large(size_t n, size_t align, bool* zeroed = nullptr);
void free_large(void* p);
LargeHeader* large_header(void* p);  // validated, or aborts with "invalid pointer"
void* realloc_large(void* p, size_t n);

[[noreturn]] void fatal(const char* message);

}  // namespace pure::heap

namespace pure {
// Returns every free page and cached mapping to the kernel; true if there was any.
bool malloc_trim_all();
// Called by the thread library when a thread exits: returns its cached blocks.
void malloc_thread_exit();
// Around fork(): hold every allocator lock, then release (parent) or reset (child).
void malloc_fork_prepare();
void malloc_fork_parent();
void malloc_fork_child();
}  // namespace pure
