// wcscoll, wcsxfrm and their _l forms. Every pure locale collates as "C": code point
// order, so the transformed string is the string itself.
#include <wchar.h>

namespace {
size_t transform(wchar_t* dst, const wchar_t* src, size_t n) {
  size_t len = wcslen(src);
  if (len < n) wmemcpy(dst, src, len + 1);
  return len;
}
}  // namespace

extern "C" int wcscoll(const wchar_t* a, const wchar_t* b) { return wcscmp(a, b); }
extern "C" int wcscoll_l(const wchar_t* a, const wchar_t* b, locale_t) { return wcscmp(a, b); }
extern "C" size_t wcsxfrm(wchar_t* dst, const wchar_t* src, size_t n) { return transform(dst, src, n); }
extern "C" size_t wcsxfrm_l(wchar_t* dst, const wchar_t* src, size_t n, locale_t) {
  return transform(dst, src, n);
}
