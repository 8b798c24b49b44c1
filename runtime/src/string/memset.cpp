// memset, bzero and explicit_bzero.
#include <string.h>

#include "string/copy.h"

namespace pure {
namespace {

void fill(unsigned char* d, unsigned char c, size_t n) {
  using K = simd::V16;
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
  if (n <= 64) {
    K::V v = K::splat(c);
    K::store(d, v);
    K::store(d + n - 16, v);
    if (n > 32) {
      K::store(d + 16, v);
      K::store(d + n - 32, v);
    }
    return;
  }
#if defined(__x86_64__)
  if (cpu::has_avx2()) return c32::fill_k(d, c, n);
#endif
  c16::fill_k(d, c, n);
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
