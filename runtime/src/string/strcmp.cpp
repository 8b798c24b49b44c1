// strcmp and strncmp.
#include <string.h>

#include "string/simd.h"

namespace pure {
namespace {

// Compares at most n bytes. Blocks of 16 are compared with unaligned loads unless one of
// them could reach into the next page, where the block is done byte by byte.
int compare_strings(const unsigned char* a, const unsigned char* b, size_t n) {
  using namespace simd;
  V16 zero{};
  size_t i = 0;
  while (i < n) {
    if (n - i >= 16 && !crosses_page(a + i) && !crosses_page(b + i)) {
      V16 x = load(a + i), y = load(b + i);
      uint64_t m = mask(~eq(x, y) | eq(x, zero));
      if (m) {
        size_t k = i + first(m);
        return a[k] - b[k];
      }
      i += 16;
      continue;
    }
    // Byte by byte up to the next page boundary of either string (or the end).
    size_t stop = i + 16 < n ? i + 16 : n;
    for (; i < stop; i++) {
      if (a[i] != b[i] || a[i] == 0) return a[i] - b[i];
    }
  }
  return 0;
}

}  // namespace
}  // namespace pure

extern "C" {

int strcmp(const char* a, const char* b) {
  return pure::compare_strings(reinterpret_cast<const unsigned char*>(a),
                               reinterpret_cast<const unsigned char*>(b), ~size_t{0});
}

int strncmp(const char* a, const char* b, size_t n) {
  return pure::compare_strings(reinterpret_cast<const unsigned char*>(a),
                               reinterpret_cast<const unsigned char*>(b), n);
}

}  // extern "C"
