// wcscpy, wcpcpy, wcsncpy, wcpncpy, wcslcpy.
#include <wchar.h>

extern "C" wchar_t* wcpcpy(wchar_t* dst, const wchar_t* src) {
  while ((*dst = *src) != L'\0') ++dst, ++src;
  return dst;
}

extern "C" wchar_t* wcscpy(wchar_t* dst, const wchar_t* src) {
  wcpcpy(dst, src);
  return dst;
}

// Copies at most n characters and pads with nulls to n; returns the end of the copied part.
extern "C" wchar_t* wcpncpy(wchar_t* dst, const wchar_t* src, size_t n) {
  for (; n > 0 && *src; --n) *dst++ = *src++;
  wchar_t* end = dst;
  for (; n > 0; --n) *dst++ = L'\0';
  return end;
}

extern "C" wchar_t* wcsncpy(wchar_t* dst, const wchar_t* src, size_t n) {
  wcpncpy(dst, src, n);
  return dst;
}

// Copies what fits in n characters, always terminated when n > 0; returns wcslen(src).
extern "C" size_t wcslcpy(wchar_t* dst, const wchar_t* src, size_t n) {
  size_t len = wcslen(src);
  if (n > 0) {
    size_t k = len < n - 1 ? len : n - 1;
    wmemcpy(dst, src, k);
    dst[k] = L'\0';
  }
  return len;
}
