// strrchr and rindex (BSD).
#include <string.h>
#include <strings.h>

#include "string/simd.h"

extern "C" {

char* strrchr(const char* s, int c) {
  using namespace pure::simd;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s);
  unsigned char ch = static_cast<unsigned char>(c);
  if (ch == 0) return const_cast<char*>(s + strlen(s));
  const unsigned char* b = align_down(p);
  V16 needle = splat(ch), zero{};
  const unsigned char* found = nullptr;
  size_t lead = static_cast<size_t>(p - b);
  for (;;) {
    V16 v = load_aligned(b);
    uint64_t hit = skip(mask(eq(v, needle)), lead);
    uint64_t end = skip(mask(eq(v, zero)), lead);
    lead = 0;
    if (end) {
      // Only matches before the terminator count.
      uint64_t before = end & (0 - end);  // lowest terminator lane
      hit &= before - 1;
      if (hit) found = b + last(hit);
      return const_cast<char*>(reinterpret_cast<const char*>(found));
    }
    if (hit) found = b + last(hit);
    b += 16;
  }
}

char* rindex(const char* s, int c) { return strrchr(s, c); }

}  // extern "C"
