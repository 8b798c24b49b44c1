// wcwidth, wcswidth: terminal columns, from the Unicode tables (East Asian Wide and
// Fullwidth take 2, combining and format characters 0, non-printable characters -1).
#include <wchar.h>

#include "wctype/unicode.h"

namespace {
int width(wchar_t wc) {
  using namespace pure::unicode;
  if (wc == L'\0') return 0;
  unsigned bits = classes(static_cast<uint32_t>(wc));
  if (!(bits & kPrint)) return -1;
  return static_cast<int>(bits >> kWidthShift & 3);
}
}  // namespace

extern "C" int wcwidth(wchar_t wc) { return width(wc); }

extern "C" int wcswidth(const wchar_t* s, size_t n) {
  int total = 0;
  for (; n > 0 && *s; --n, ++s) {
    int w = width(*s);
    if (w < 0) return -1;
    total += w;
  }
  return total;
}
