// memrchr (GNU): the last occurrence of a byte in a buffer.
#include <string.h>

#include "string/simd.h"

extern "C" void* memrchr(const void* s, int c, size_t n) {
  using namespace pure::simd;
  using K = V16;
  if (n == 0) return nullptr;
  const unsigned char* p = static_cast<const unsigned char*>(s);
  K::V needle = K::splat(static_cast<unsigned char>(c));
  // Walk aligned blocks from the one holding the last byte down to the one holding p.
  const unsigned char* b = align_down<16>(p + n - 1);
  const unsigned char* lo = align_down<16>(p);
  uint64_t m = keep<K>(K::mask(eq(K::load_aligned(b), needle)), static_cast<size_t>(p + n - b));
  for (;;) {
    if (b == lo) {
      m = skip<K>(m, static_cast<size_t>(p - b));
      return m ? const_cast<unsigned char*>(b + last<K>(m)) : nullptr;
    }
    if (m) return const_cast<unsigned char*>(b + last<K>(m));
    b -= 16;
    m = K::mask(eq(K::load_aligned(b), needle));
  }
}
