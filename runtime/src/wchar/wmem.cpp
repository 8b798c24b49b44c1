// wmemcpy, wmempcpy, wmemmove, wmemset, wmemcmp, wmemchr: arrays of wchar_t, with the
// byte work left to the mem* functions.
#include <string.h>
#include <wchar.h>

extern "C" wchar_t* wmemcpy(wchar_t* dst, const wchar_t* src, size_t n) {
  if (n) memcpy(dst, src, n * sizeof(wchar_t));
  return dst;
}

extern "C" wchar_t* wmempcpy(wchar_t* dst, const wchar_t* src, size_t n) {
  return wmemcpy(dst, src, n) + n;
}

extern "C" wchar_t* wmemmove(wchar_t* dst, const wchar_t* src, size_t n) {
  if (n) memmove(dst, src, n * sizeof(wchar_t));
  return dst;
}

extern "C" wchar_t* wmemset(wchar_t* s, wchar_t wc, size_t n) {
  for (size_t i = 0; i < n; ++i) s[i] = wc;
  return s;
}

extern "C" int wmemcmp(const wchar_t* a, const wchar_t* b, size_t n) {
  for (; n > 0; --n, ++a, ++b)
    if (*a != *b) return *a < *b ? -1 : 1;
  return 0;
}

extern "C" wchar_t* wmemchr(const wchar_t* s, wchar_t wc, size_t n) {
  for (; n > 0; --n, ++s)
    if (*s == wc) return const_cast<wchar_t*>(s);
  return nullptr;
}
