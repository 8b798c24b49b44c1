// strlen and strnlen.
#include <string.h>

#include "string/simd.h"

extern "C" {

size_t strlen(const char* s) {
  using namespace pure::simd;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s);
  const unsigned char* b = align_down(p);
  V16 zero{};
  uint64_t m = skip(mask(eq(load_aligned(b), zero)), static_cast<size_t>(p - b));
  while (!m) {
    b += 16;
    m = mask(eq(load_aligned(b), zero));
  }
  return static_cast<size_t>(b + first(m) - p);
}

size_t strnlen(const char* s, size_t max) {
  const void* z = memchr(s, 0, max);
  return z ? static_cast<size_t>(static_cast<const char*>(z) - s) : max;
}

}  // extern "C"
