// memcmp and bcmp.
#include <string.h>

#include "string/simd.h"

namespace pure {
namespace {

int compare(const unsigned char* a, const unsigned char* b, size_t n) {
  using simd::V16;
  if (n >= 16) {
    size_t i = 0;
    for (;;) {
      uint64_t m = simd::mask(~simd::eq(simd::load(a + i), simd::load(b + i)));
      if (m) {
        size_t k = i + simd::first(m);
        return a[k] - b[k];
      }
      if (i + 16 == n) return 0;
      i += 16;
      // The last block overlaps the previous one, whose bytes are known to be equal.
      if (i + 16 > n) i = n - 16;
    }
  }
  if (n >= 8) {
    uint64_t x, y;
    __builtin_memcpy(&x, a, 8);
    __builtin_memcpy(&y, b, 8);
    if (x == y) {
      __builtin_memcpy(&x, a + n - 8, 8);
      __builtin_memcpy(&y, b + n - 8, 8);
      if (x == y) return 0;
    }
    // Big-endian order makes the first differing byte the most significant one.
    x = __builtin_bswap64(x);
    y = __builtin_bswap64(y);
    return x < y ? -1 : 1;
  }
  for (size_t i = 0; i < n; i++)
    if (a[i] != b[i]) return a[i] - b[i];
  return 0;
}

}  // namespace
}  // namespace pure

extern "C" {

int memcmp(const void* a, const void* b, size_t n) {
  return pure::compare(static_cast<const unsigned char*>(a), static_cast<const unsigned char*>(b), n);
}

int bcmp(const void* a, const void* b, size_t n) {
  return pure::compare(static_cast<const unsigned char*>(a), static_cast<const unsigned char*>(b), n);
}

}  // extern "C"
