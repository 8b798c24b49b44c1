// wcscasecmp, wcsncasecmp and their _l forms: compare after towlower (Unicode simple case
// folding to lower case, the same in every pure locale).
#include <wchar.h>
#include <wctype.h>

namespace {
int compare(const wchar_t* a, const wchar_t* b, size_t n) {
  for (; n > 0; --n, ++a, ++b) {
    wint_t x = towlower(static_cast<wint_t>(*a));
    wint_t y = towlower(static_cast<wint_t>(*b));
    if (x != y) return static_cast<wchar_t>(x) < static_cast<wchar_t>(y) ? -1 : 1;
    if (x == 0) return 0;
  }
  return 0;
}
}  // namespace

extern "C" int wcscasecmp(const wchar_t* a, const wchar_t* b) { return compare(a, b, static_cast<size_t>(-1)); }
extern "C" int wcsncasecmp(const wchar_t* a, const wchar_t* b, size_t n) { return compare(a, b, n); }
extern "C" int wcscasecmp_l(const wchar_t* a, const wchar_t* b, locale_t) {
  return compare(a, b, static_cast<size_t>(-1));
}
extern "C" int wcsncasecmp_l(const wchar_t* a, const wchar_t* b, size_t n, locale_t) {
  return compare(a, b, n);
}
