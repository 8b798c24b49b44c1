// memrchr (GNU): the last occurrence of a byte in a buffer.
#include <string.h>

#include "string/simd.h"

extern "C" void* memrchr(const void* s, int c, size_t n) {
  using namespace pure::simd;
  if (n == 0) return nullptr;
  const unsigned char* p = static_cast<const unsigned char*>(s);
  V16 needle = splat(static_cast<unsigned char>(c));
  // Walk aligned blocks from the one holding the last byte down to the one holding p.
  const unsigned char* b = align_down(p + n - 1);
  const unsigned char* lo = align_down(p);
  uint64_t m = keep(mask(eq(load_aligned(b), needle)), static_cast<size_t>(p + n - b));
  for (;;) {
    if (b == lo) {
      m = skip(m, static_cast<size_t>(p - b));
      return m ? const_cast<unsigned char*>(b + last(m)) : nullptr;
    }
    if (m) return const_cast<unsigned char*>(b + last(m));
    b -= 16;
    m = mask(eq(load_aligned(b), needle));
  }
}
