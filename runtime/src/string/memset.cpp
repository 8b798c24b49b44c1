// memset, bzero and explicit_bzero.
#include <string.h>

#include "string/simd.h"

namespace pure {
namespace {

void fill(unsigned char* d, unsigned char c, size_t n) {
  using simd::V16;
  if (n <= 16) {
    if (n >= 8) {
      uint64_t v = 0x0101010101010101ull * c;
      __builtin_memcpy(d, &v, 8);
      __builtin_memcpy(d + n - 8, &v, 8);
    } else if (n >= 4) {
      uint32_t v = 0x01010101u * c;
      __builtin_memcpy(d, &v, 4);
      __builtin_memcpy(d + n - 4, &v, 4);
    } else if (n) {
      d[0] = c;
      d[n / 2] = c;
      d[n - 1] = c;
    }
    return;
  }
  V16 v = simd::splat(c);
  simd::store(d, v);
  simd::store(d + n - 16, v);
  if (n <= 32) return;
  simd::store(d + 16, v);
  simd::store(d + n - 32, v);
  if (n <= 64) return;
  // Aligned stores over the middle; the ends are already done.
  unsigned char* p = const_cast<unsigned char*>(simd::align_down(d + 16));
  unsigned char* end = d + n - 32;
  for (; p + 64 <= end; p += 64) {
    simd::store(p, v);
    simd::store(p + 16, v);
    simd::store(p + 32, v);
    simd::store(p + 48, v);
  }
  for (; p < end; p += 16) simd::store(p, v);
}

}  // namespace
}  // namespace pure

extern "C" {

void* memset(void* s, int c, size_t n) {
  pure::fill(static_cast<unsigned char*>(s), static_cast<unsigned char>(c), n);
  return s;
}

void bzero(void* s, size_t n) { pure::fill(static_cast<unsigned char*>(s), 0, n); }

void explicit_bzero(void* s, size_t n) {
  pure::fill(static_cast<unsigned char*>(s), 0, n);
  // The compiler must assume the zeroes are read, so it cannot drop the fill.
  asm volatile("" : : "r"(s) : "memory");
}

}  // extern "C"
