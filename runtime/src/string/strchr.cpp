// strchr, strchrnul (GNU) and index (BSD).
#include <string.h>
#include <strings.h>

#include "string/simd.h"

namespace pure {
// The first c or terminating NUL at or after s.
inline const char* find_char_or_nul(const char* s, unsigned char c) {
  using namespace simd;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s);
  const unsigned char* b = align_down(p);
  V16 needle = splat(c), zero{};
  V16 v = load_aligned(b);
  uint64_t m = skip(mask(eq(v, needle) | eq(v, zero)), static_cast<size_t>(p - b));
  while (!m) {
    b += 16;
    v = load_aligned(b);
    m = mask(eq(v, needle) | eq(v, zero));
  }
  return reinterpret_cast<const char*>(b + first(m));
}
}  // namespace pure

extern "C" {

char* strchr(const char* s, int c) {
  const char* r = pure::find_char_or_nul(s, static_cast<unsigned char>(c));
  return *r == static_cast<char>(c) ? const_cast<char*>(r) : nullptr;
}

char* strchrnul(const char* s, int c) {
  return const_cast<char*>(pure::find_char_or_nul(s, static_cast<unsigned char>(c)));
}

char* index(const char* s, int c) { return strchr(s, c); }

}  // extern "C"
