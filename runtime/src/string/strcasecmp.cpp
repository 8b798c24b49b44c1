// strcasecmp, strncasecmp, their _l forms, and strcasestr (GNU). Case folding is ASCII's:
// every locale pure libc supports (C, POSIX, C.UTF-8) maps only A-Z for single bytes.
#include <string.h>
#include <strings.h>

namespace pure {
namespace {

inline unsigned char fold(unsigned char c) { return c - 'A' < 26u ? c | 0x20 : c; }

int casecmp(const char* a, const char* b, size_t n) {
  const unsigned char* x = reinterpret_cast<const unsigned char*>(a);
  const unsigned char* y = reinterpret_cast<const unsigned char*>(b);
  for (size_t i = 0; i < n; i++) {
    int d = fold(x[i]) - fold(y[i]);
    if (d || !x[i]) return d;
  }
  return 0;
}

}  // namespace
}  // namespace pure

extern "C" {

int strcasecmp(const char* a, const char* b) { return pure::casecmp(a, b, ~size_t{0}); }
int strncasecmp(const char* a, const char* b, size_t n) { return pure::casecmp(a, b, n); }
int strcasecmp_l(const char* a, const char* b, locale_t) { return pure::casecmp(a, b, ~size_t{0}); }
int strncasecmp_l(const char* a, const char* b, size_t n, locale_t) { return pure::casecmp(a, b, n); }

char* strcasestr(const char* haystack, const char* needle) {
  size_t m = strlen(needle);
  for (const char* h = haystack;; h++) {
    if (pure::casecmp(h, needle, m) == 0) return const_cast<char*>(h);
    if (!*h) return nullptr;
  }
}

}  // extern "C"
