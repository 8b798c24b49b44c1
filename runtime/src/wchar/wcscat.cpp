// wcscat, wcsncat, wcslcat.
#include <wchar.h>

extern "C" wchar_t* wcscat(wchar_t* dst, const wchar_t* src) {
  wcscpy(dst + wcslen(dst), src);
  return dst;
}

// Appends at most n characters and always a terminating null.
extern "C" wchar_t* wcsncat(wchar_t* dst, const wchar_t* src, size_t n) {
  wchar_t* p = dst + wcslen(dst);
  for (; n > 0 && *src; --n) *p++ = *src++;
  *p = L'\0';
  return dst;
}

// Appends what fits in a buffer of n characters; returns the length it tried to create.
extern "C" size_t wcslcat(wchar_t* dst, const wchar_t* src, size_t n) {
  size_t have = wcsnlen(dst, n);
  if (have == n) return n + wcslen(src);  // dst is not terminated within n: append nothing
  return have + wcslcpy(dst + have, src, n - have);
}
