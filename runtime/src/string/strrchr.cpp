// strrchr and rindex (BSD).
#include <string.h>
#include <strings.h>

#include "string/simd.h"

extern "C" {

char* strrchr(const char* s, int c) {
  using namespace pure::simd;
  using K = V16;
  unsigned char ch = static_cast<unsigned char>(c);
  if (ch == 0) return const_cast<char*>(s + strlen(s));
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s);
  const unsigned char* b = align_down<16>(p);
  K::V needle = K::splat(ch), zero{};
  const unsigned char* found = nullptr;
  size_t lead = static_cast<size_t>(p - b);
  for (;;) {
    K::V v = K::load_aligned(b);
    uint64_t hit = skip<K>(K::mask(eq(v, needle)), lead);
    uint64_t end = skip<K>(K::mask(eq(v, zero)), lead);
    lead = 0;
    if (end) {
      // Only matches before the terminator count.
      hit &= (end & (0 - end)) - 1;
      if (hit) found = b + last<K>(hit);
      return const_cast<char*>(reinterpret_cast<const char*>(found));
    }
    if (hit) found = b + last<K>(hit);
    b += 16;
  }
}

char* rindex(const char* s, int c) { return strrchr(s, c); }

}  // extern "C"
