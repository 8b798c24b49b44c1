// wcschr, wcsrchr, wcschrnul. The terminating null counts as part of the string.
#include <wchar.h>

extern "C" wchar_t* wcschrnul(const wchar_t* s, wchar_t wc) {
  while (*s && *s != wc) ++s;
  return const_cast<wchar_t*>(s);
}

extern "C" wchar_t* wcschr(const wchar_t* s, wchar_t wc) {
  wchar_t* p = wcschrnul(s, wc);
  return *p == wc ? p : nullptr;
}

extern "C" wchar_t* wcsrchr(const wchar_t* s, wchar_t wc) {
  const wchar_t* last = nullptr;
  do {
    if (*s == wc) last = s;
  } while (*s++);
  return const_cast<wchar_t*>(last);
}
