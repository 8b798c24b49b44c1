// wcslen, wcsnlen.
#include <wchar.h>

extern "C" size_t wcslen(const wchar_t* s) {
  const wchar_t* p = s;
  while (*p) ++p;
  return static_cast<size_t>(p - s);
}

extern "C" size_t wcsnlen(const wchar_t* s, size_t maxlen) {
  size_t n = 0;
  while (n < maxlen && s[n]) ++n;
  return n;
}
