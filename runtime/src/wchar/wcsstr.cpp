// wcsstr: the first occurrence of a wide substring.
#include <wchar.h>

extern "C" wchar_t* wcsstr(const wchar_t* haystack, const wchar_t* needle) {
  size_t n = wcslen(needle);
  if (n == 0) return const_cast<wchar_t*>(haystack);
  for (; (haystack = wcschr(haystack, needle[0])) != nullptr; ++haystack)
    if (wcsncmp(haystack, needle, n) == 0) return const_cast<wchar_t*>(haystack);
  return nullptr;
}
