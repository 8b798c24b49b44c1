// mbstowcs, wcstombs: whole strings, starting from the initial state each time.
#include <stdlib.h>
#include <wchar.h>

extern "C" size_t mbstowcs(wchar_t* dst, const char* src, size_t n) {
  mbstate_t st{};
  return mbsrtowcs(dst, &src, n, &st);
}

extern "C" size_t wcstombs(char* dst, const wchar_t* src, size_t n) {
  mbstate_t st{};
  return wcsrtombs(dst, &src, n, &st);
}
