// The allocator's machinery: segments and spans, the central lists, thread caches and
// large blocks. malloc.cpp holds the public entry points and the fast paths.
#include "malloc/heap.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <linux/mman.h>
#include <linux/random.h>

#include "support/syscall.h"
#include "thread/thread.h"

extern "C" int __cxa_thread_atexit_impl(void (*fn)(void*), void* obj, void* dso);

namespace pure::heap {

constinit const ClassTable kClassTable;
// class_index's 256-byte steps are exact only if every class above kFineLimit is a
// multiple of 256.
static_assert([] {
  ClassTable t;
  for (int c = 1; c < kClasses; c++)
    if (t.size[c] > kFineLimit && t.size[c] % 256) return false;
  return true;
}());
constinit uint64_t* segment_map = nullptr;
constinit thread_local ThreadCache* thread_cache = nullptr;
constinit thread_local bool cache_retired = false;
constinit uintptr_t free_key = 0;

namespace {

// ---- system memory --------------------------------------------------------------------

void* map(size_t n) {
  long r = syscall(__NR_mmap, nullptr, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return is_error(r) ? nullptr : reinterpret_cast<void*>(r);
}
void unmap(void* p, size_t n) { syscall(__NR_munmap, p, n); }

[[noreturn]] void fatal_impl(const char* message) {
  // stderr without stdio: the heap may be what is broken.
  syscall(__NR_write, 2, message, strlen(message));
  abort();
}

// ---- segments -------------------------------------------------------------------------

constinit Lock segment_lock;
constinit Segment* segments = nullptr;  // segments with at least one span in use
constinit Segment* spare_segment = nullptr;  // one empty segment kept against churn
constinit size_t dirty_pages = 0;            // free but not yet returned pages, all segments

inline uint64_t page_bits(size_t first, size_t k) {
  return (k == 64 ? ~uint64_t{0} : (uint64_t{1} << k) - 1) << first;
}

// Gives every dirty page back to the kernel. Called with segment_lock held.
void purge_segment(Segment* s) {
  uint64_t d = s->dirty;
  while (d) {
    size_t first = static_cast<size_t>(__builtin_ctzll(d));
    uint64_t run = d >> first;
    size_t k = ~run ? static_cast<size_t>(__builtin_ctzll(~run)) : 64 - first;
    syscall(__NR_madvise, reinterpret_cast<char*>(s) + (first << kPageShift), k << kPageShift, MADV_DONTNEED);
    d &= ~page_bits(first, k);
  }
  dirty_pages -= static_cast<size_t>(__builtin_popcountll(s->dirty));
  s->dirty = 0;
}

void purge_all() {
  for (Segment* s = segments; s; s = s->next) purge_segment(s);
  if (spare_segment) purge_segment(spare_segment);
}

void set_segment_bit(Segment* s, bool on) {
  uintptr_t i = reinterpret_cast<uintptr_t>(s) >> 22;
  uint64_t bit = uint64_t{1} << (i & 63);
  if (on) __atomic_fetch_or(&segment_map[i >> 6], bit, __ATOMIC_RELEASE);
  else __atomic_fetch_and(&segment_map[i >> 6], ~bit, __ATOMIC_RELEASE);
}

// A fresh 4 MiB-aligned segment. Called with segment_lock held.
Segment* new_segment() {
  if (spare_segment) {
    Segment* s = spare_segment;
    spare_segment = nullptr;
    return s;
  }
  if (!segment_map) {
    // One bit per segment-sized slot of the address space, zero pages until touched.
    long r = syscall(__NR_mmap, nullptr, (size_t{1} << (kAddressBits - 22)) / 8, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (is_error(r)) return nullptr;
    __atomic_store_n(&segment_map, reinterpret_cast<uint64_t*>(r), __ATOMIC_RELEASE);
  }
  // Over-map, then trim to the aligned 4 MiB.
  char* raw = static_cast<char*>(map(2 * kSegmentSize));
  if (!raw) return nullptr;
  uintptr_t a = reinterpret_cast<uintptr_t>(raw);
  uintptr_t aligned = (a + kSegmentSize - 1) & ~(kSegmentSize - 1);
  if (aligned > a) unmap(raw, aligned - a);
  unmap(reinterpret_cast<char*>(aligned) + kSegmentSize, a + kSegmentSize - aligned);
  Segment* s = reinterpret_cast<Segment*>(aligned);
  s->used = 1;  // page 0: this metadata
  s->dirty = 0;
  if (uintptr_t(s) >> kAddressBits) {  // outside the map's range: cannot be found again
    unmap(s, kSegmentSize);
    return nullptr;
  }
  set_segment_bit(s, true);
  return s;
}

// First run of `k` free pages in a segment, or 0.
size_t find_pages(const Segment* s, size_t k) {
  uint64_t free = ~s->used;
  uint64_t run = free;
  for (size_t i = 1; i < k; i++) run &= free >> i;  // bit j: pages j..j+k-1 all free
  if (k > 1) run &= ~uint64_t{0} >> (k - 1);        // the run must end inside the segment
  return run ? static_cast<size_t>(__builtin_ctzll(run)) : 0;
}

Span* new_span(int cls) {
  size_t k = kClassTable.pages[cls];
  LockGuard guard(segment_lock);
  Segment* s = segments;
  size_t first = 0;
  for (; s; s = s->next)
    if ((first = find_pages(s, k))) break;
  if (!s) {
    s = new_segment();
    if (!s) return nullptr;
    s->prev = nullptr;
    s->next = segments;
    if (segments) segments->prev = s;
    segments = s;
    first = find_pages(s, k);
  }
  uint64_t bits = page_bits(first, k);
  s->used |= bits;
  // Reused dirty pages hold old data; nothing relies on fresh span memory being zero.
  dirty_pages -= static_cast<size_t>(__builtin_popcountll(s->dirty & bits));
  s->dirty &= ~bits;
  Span* span = &s->spans[first];
  char* start = reinterpret_cast<char*>(s) + (first << kPageShift);
  size_t size = kClassTable.size[cls];
  span->free = nullptr;
  span->bump = start;
  span->end = start + (k * kPageSize) / size * size;
  span->prev = span->next = nullptr;
  span->live = 0;
  span->pages = static_cast<uint16_t>(k);
  span->cls = static_cast<uint8_t>(cls);
  span->listed = false;
  for (size_t i = first; i < first + k; i++) {
    s->page_first[i] = static_cast<uint8_t>(first);
    __atomic_store_n(&s->page_class[i], static_cast<uint8_t>(cls), __ATOMIC_RELEASE);
  }
  return span;
}

void release_span(Span* span) {
  Segment* s = reinterpret_cast<Segment*>(reinterpret_cast<uintptr_t>(span) & ~(kSegmentSize - 1));
  size_t first = static_cast<size_t>(span - s->spans);
  size_t k = span->pages;
  LockGuard guard(segment_lock);
  for (size_t i = first; i < first + k; i++) s->page_class[i] = 0;
  s->used &= ~page_bits(first, k);
  s->dirty |= page_bits(first, k);
  dirty_pages += k;
  if (s->used == 1) {
    // The segment is empty: keep one spare, unmap the others.
    if (s->prev) s->prev->next = s->next;
    else segments = s->next;
    if (s->next) s->next->prev = s->prev;
    if (!spare_segment) {
      spare_segment = s;
    } else {
      dirty_pages -= static_cast<size_t>(__builtin_popcountll(s->dirty));
      set_segment_bit(s, false);
      unmap(s, kSegmentSize);
    }
  }
  if (dirty_pages * kPageSize > kDirtyLimit) purge_all();
}

// ---- central lists --------------------------------------------------------------------

struct Central {
  Lock lock;
  Span* available;  // spans with free or never-used blocks
  uint32_t listed;  // spans on that list
};
constinit Central centrals[kClasses] = {};

inline Span* span_of(void* p) {
  Segment* s = reinterpret_cast<Segment*>(reinterpret_cast<uintptr_t>(p) & ~(kSegmentSize - 1));
  size_t page = (reinterpret_cast<uintptr_t>(p) - reinterpret_cast<uintptr_t>(s)) >> kPageShift;
  return &s->spans[s->page_first[page]];
}

void list_add(Central& c, Span* span) {
  span->prev = nullptr;
  span->next = c.available;
  if (c.available) c.available->prev = span;
  c.available = span;
  span->listed = true;
  c.listed++;
}

void list_remove(Central& c, Span* span) {
  if (span->prev) span->prev->next = span->next;
  else c.available = span->next;
  if (span->next) span->next->prev = span->prev;
  span->listed = false;
  c.listed--;
}

// Takes up to `want` blocks of a class into a chain; returns how many (0: out of memory).
uint32_t take(int cls, uint32_t want, void** head, void** tail) {
  Central& c = centrals[cls];
  size_t size = kClassTable.size[cls];
  uint32_t got = 0;
  void* h = nullptr;
  void* t = nullptr;
  LockGuard guard(c.lock);
  while (got < want) {
    Span* span = c.available;
    if (!span) {
      span = new_span(cls);
      if (!span) break;
      list_add(c, span);
    }
    while (got < want) {
      void* b;
      if (span->free) {
        b = span->free;
        span->free = *static_cast<void**>(b);
      } else if (span->bump < span->end) {
        b = span->bump;
        span->bump += size;
      } else {
        break;
      }
      *static_cast<void**>(b) = nullptr;
      if (t) *static_cast<void**>(t) = b;
      else h = b;
      t = b;
      got++;
      span->live++;
    }
    if (!span->free && span->bump >= span->end) list_remove(c, span);
  }
  *head = h;
  *tail = t;
  return got;
}

// Gives a chain of blocks (null-terminated) of one class back to their spans.
void give_back(int cls, void* chain) {
  Central& c = centrals[cls];
  Span* to_release[8];
  int releasing = 0;
  {
    LockGuard guard(c.lock);
    while (chain) {
      void* b = chain;
      chain = *static_cast<void**>(b);
      Span* span = span_of(b);
      *static_cast<void**>(b) = span->free;
      span->free = b;
      span->live--;
      if (!span->listed) list_add(c, span);
      // An unused span is released unless it is the class's only one (avoids churn).
      if (span->live == 0 && c.listed > 1 && releasing < 8) {
        list_remove(c, span);
        to_release[releasing++] = span;
      }
    }
  }
  for (int i = 0; i < releasing; i++) release_span(to_release[i]);
}

// ---- thread caches --------------------------------------------------------------------

constinit Lock cache_pool_lock;
constinit ThreadCache* cache_pool = nullptr;  // caches of exited threads, for reuse
constinit char* cache_arena = nullptr;
constinit size_t cache_arena_left = 0;

}  // namespace

[[noreturn]] void fatal(const char* message) { fatal_impl(message); }

namespace {
void retire_thread_cache(void*) { malloc_thread_exit(); }
}  // namespace

ThreadCache* create_thread_cache() {
  if (cache_retired) return nullptr;  // late frees of an exiting thread go to the central lists
  ThreadCache* tc = nullptr;
  {
    LockGuard guard(cache_pool_lock);
    if (!free_key) {
      uintptr_t k = 0;
      syscall(__NR_getrandom, &k, sizeof k, GRND_NONBLOCK);
      free_key = (k ^ reinterpret_cast<uintptr_t>(&k)) | 1;  // never 0, the "allocated" mark
    }
    if (cache_pool) {
      tc = cache_pool;
      cache_pool = tc->next_free;
    } else {
      if (cache_arena_left < sizeof(ThreadCache)) {
        cache_arena = static_cast<char*>(map(kPageSize));
        if (!cache_arena) return nullptr;
        cache_arena_left = kPageSize;
      }
      tc = reinterpret_cast<ThreadCache*>(cache_arena);
      cache_arena += (sizeof(ThreadCache) + 63) & ~size_t{63};
      cache_arena_left -= (sizeof(ThreadCache) + 63) & ~size_t{63};
    }
  }
  for (int c = 0; c < kClasses; c++) tc->bins[c] = {nullptr, 0, kClassTable.cache_limit[c]};
  tc->next_free = nullptr;
  thread_cache = tc;
  // Other threads hand their cached blocks back when they exit (with their thread_local
  // destructors); the main thread's cache simply ends with the process.
  if (current_thread()->map_base) __cxa_thread_atexit_impl(retire_thread_cache, nullptr, nullptr);
  return tc;
}

void* refill(ThreadCache* tc, int cls) {
  Bin& bin = tc->bins[cls];
  void* head;
  void* tail;
  uint32_t got = take(cls, (bin.limit + 1) / 2, &head, &tail);
  if (!got) return nullptr;
  void* b = head;
  bin.head = *static_cast<void**>(head);
  bin.count = got - 1;
  return b;
}

void flush(ThreadCache* tc, int cls) {
  Bin& bin = tc->bins[cls];
  // Keep the newest half (likely warm in the CPU cache), return the rest.
  uint32_t keep = bin.limit / 2;
  void* last = bin.head;
  for (uint32_t i = 1; i < keep; i++) last = *static_cast<void**>(last);
  void* rest = keep ? *static_cast<void**>(last) : bin.head;
  if (keep) *static_cast<void**>(last) = nullptr;
  else bin.head = nullptr;
  bin.count = keep;
  give_back(cls, rest);
}

void central_free_one(void* p, int cls) {
  *static_cast<void**>(p) = nullptr;
  give_back(cls, p);
}

void* alloc_small(int cls) {
  ThreadCache* tc = thread_cache;
  if (!tc) tc = create_thread_cache();
  if (tc) {
    Bin& bin = tc->bins[cls];
    if (void* b = bin.head) {
      bin.head = *static_cast<void**>(b);
      bin.count--;
      return b;
    }
    return refill(tc, cls);
  }
  void* head;
  void* tail;
  return take(cls, 1, &head, &tail) ? head : nullptr;
}

void check_double_free(ThreadCache* tc, int cls, void* p) {
  if (tc)
    for (void* b = tc->bins[cls].head; b; b = *static_cast<void**>(b))
      if (b == p) fatal("pure: free(): double free detected\n");
  Central& c = centrals[cls];
  LockGuard guard(c.lock);
  for (void* b = span_of(p)->free; b; b = *static_cast<void**>(b))
    if (b == p) fatal("pure: free(): double free detected\n");
}

// ---- large blocks ---------------------------------------------------------------------

namespace {
constexpr size_t kMapUnit = 4096;  // sizes are rounded to this; the kernel rounds further
}

namespace {

// Recently freed large mappings, reused for requests of about their size.
struct LargeCache {
  static constexpr int kEntries = 8;
  static constexpr size_t kMaxBytes = size_t{32} << 20;
  Lock lock;
  int count;
  size_t bytes;
  struct Entry {
    char* base;
    size_t size;
  } entries[kEntries];  // oldest first
};
constinit LargeCache large_cache = {};

// A cached mapping of at least `need` bytes (and not wastefully bigger), or null.
char* cache_take(size_t need, size_t* size) {
  LargeCache& c = large_cache;
  LockGuard guard(c.lock);
  int best = -1;
  for (int i = 0; i < c.count; i++)
    if (c.entries[i].size >= need && c.entries[i].size - need <= need / 2 &&
        (best < 0 || c.entries[i].size < c.entries[best].size))
      best = i;
  if (best < 0) return nullptr;
  char* base = c.entries[best].base;
  *size = c.entries[best].size;
  c.bytes -= *size;
  for (int i = best; i + 1 < c.count; i++) c.entries[i] = c.entries[i + 1];
  c.count--;
  return base;
}

// Keeps a mapping for reuse, evicting the oldest ones to stay in bounds.
void cache_put(char* base, size_t size) {
  LargeCache& c = large_cache;
  if (size > LargeCache::kMaxBytes / 4) {
    unmap(base, size);
    return;
  }
  LargeCache::Entry evicted[LargeCache::kEntries];
  int n_evicted = 0;
  {
    LockGuard guard(c.lock);
    while (c.count && (c.count == LargeCache::kEntries || c.bytes + size > LargeCache::kMaxBytes)) {
      evicted[n_evicted++] = c.entries[0];
      c.bytes -= c.entries[0].size;
      for (int i = 0; i + 1 < c.count; i++) c.entries[i] = c.entries[i + 1];
      c.count--;
    }
    c.entries[c.count++] = {base, size};
    c.bytes += size;
  }
  for (int i = 0; i < n_evicted; i++) unmap(evicted[i].base, evicted[i].size);
}

}  // namespace

void* alloc_large(size_t n, size_t align, bool* zeroed) {
  if (align < kLargeHeader) align = kLargeHeader;
  // Room for the header below an aligned pointer (mappings are only page-aligned).
  size_t extra = align > kLargeHeader ? align + kLargeHeader : kLargeHeader;
  if (n > kMaxSize - extra - kMapUnit) return nullptr;
  size_t map_size = (n + extra + kMapUnit - 1) & ~(kMapUnit - 1);
  char* base = cache_take(map_size, &map_size);
  if (zeroed) *zeroed = !base;
  if (!base) base = static_cast<char*>(map(map_size));
  if (!base) return nullptr;
  uintptr_t p = (reinterpret_cast<uintptr_t>(base) + kLargeHeader + align - 1) & ~(align - 1);
  LargeHeader* h = reinterpret_cast<LargeHeader*>(p - kLargeHeader);
  h->check = kLargeMagic ^ p;
  h->base = base;
  h->map_size = map_size;
  return reinterpret_cast<void*>(p);
}

LargeHeader* large_header(void* p) {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  if (a & (kLargeHeader - 1)) fatal("pure: free(): invalid pointer\n");
  LargeHeader* h = reinterpret_cast<LargeHeader*>(a - kLargeHeader);
  if (h->check == 0 && h->base && h->map_size) fatal("pure: free(): double free detected\n");
  if (h->check != (kLargeMagic ^ a)) fatal("pure: free(): invalid pointer\n");
  return h;
}

void free_large(void* p) {
  LargeHeader* h = large_header(p);
  h->check = 0;  // a second free of the same pointer is caught while the mapping lives
  cache_put(h->base, h->map_size);
}

void* realloc_large(void* p, size_t n) {
  LargeHeader* h = large_header(p);
  size_t offset = static_cast<size_t>(static_cast<char*>(p) - h->base);
  if (n > kMaxSize - offset - kMapUnit) return nullptr;
  size_t map_size = (n + offset + kMapUnit - 1) & ~(kMapUnit - 1);
  if (map_size == h->map_size) return p;
  // The kernel moves the pages, no copy; the offset within the page is kept.
  long r = syscall(__NR_mremap, h->base, h->map_size, map_size, MREMAP_MAYMOVE);
  if (is_error(r)) return nullptr;
  char* base = reinterpret_cast<char*>(r);
  char* q = base + offset;
  h = reinterpret_cast<LargeHeader*>(q - kLargeHeader);
  h->check = kLargeMagic ^ reinterpret_cast<uintptr_t>(q);
  h->base = base;
  h->map_size = map_size;
  return q;
}

}  // namespace pure::heap

namespace pure {

using namespace heap;

bool malloc_trim_all() {
  bool released = false;
  {
    LockGuard guard(segment_lock);
    released = dirty_pages != 0;
    purge_all();
  }
  LargeCache::Entry drop[LargeCache::kEntries];
  int n = 0;
  {
    LockGuard guard(large_cache.lock);
    for (int i = 0; i < large_cache.count; i++) drop[n++] = large_cache.entries[i];
    large_cache.count = 0;
    large_cache.bytes = 0;
  }
  for (int i = 0; i < n; i++) unmap(drop[i].base, drop[i].size);
  return released || n;
}

void malloc_thread_exit() {
  cache_retired = true;
  ThreadCache* tc = thread_cache;
  if (!tc) return;
  thread_cache = nullptr;
  for (int c = 1; c < kClasses; c++) {
    if (tc->bins[c].head) give_back(c, tc->bins[c].head);
    tc->bins[c] = {};
  }
  LockGuard guard(cache_pool_lock);
  tc->next_free = cache_pool;
  cache_pool = tc;
}

void malloc_fork_prepare() {
  large_cache.lock.lock();
  cache_pool_lock.lock();
  for (int c = 1; c < kClasses; c++) centrals[c].lock.lock();
  segment_lock.lock();
}

void malloc_fork_parent() {
  segment_lock.unlock();
  for (int c = kClasses - 1; c >= 1; c--) centrals[c].lock.unlock();
  cache_pool_lock.unlock();
  large_cache.lock.unlock();
}

void malloc_fork_child() {
  segment_lock.reset();
  for (int c = 1; c < kClasses; c++) centrals[c].lock.reset();
  cache_pool_lock.reset();
  large_cache.lock.reset();
}

}  // namespace pure
