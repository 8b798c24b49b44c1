// memchr and rawmemchr (GNU: no length, the byte is known to be there).
#include <string.h>

#include "string/simd.h"

extern "C" {

void* memchr(const void* s, int c, size_t n) {
  using namespace pure::simd;
  if (n == 0) return nullptr;
  if (n > ~size_t{0} - 16) n = ~size_t{0} - 16;  // "no limit" callers; keeps n + lead finite
  const unsigned char* p = static_cast<const unsigned char*>(s);
  V16 needle = splat(static_cast<unsigned char>(c));
  // Aligned blocks: the first may start before s, the last may run past s + n; both stay
  // within pages that hold bytes of the buffer.
  const unsigned char* b = align_down(p);
  size_t lead = static_cast<size_t>(p - b);
  uint64_t m = skip(mask(eq(load_aligned(b), needle)), lead);
  size_t left = n + lead;  // bytes from b to the end of the buffer
  for (;;) {
    if (left <= 16) {
      m = keep(m, left);
      return m ? const_cast<unsigned char*>(b + first(m)) : nullptr;
    }
    if (m) return const_cast<unsigned char*>(b + first(m));
    b += 16;
    left -= 16;
    m = mask(eq(load_aligned(b), needle));
  }
}

void* rawmemchr(const void* s, int c) {
  using namespace pure::simd;
  const unsigned char* p = static_cast<const unsigned char*>(s);
  V16 needle = splat(static_cast<unsigned char>(c));
  const unsigned char* b = align_down(p);
  uint64_t m = skip(mask(eq(load_aligned(b), needle)), static_cast<size_t>(p - b));
  while (!m) {
    b += 16;
    m = mask(eq(load_aligned(b), needle));
  }
  return const_cast<unsigned char*>(b + first(m));
}

}  // extern "C"
