// wcstok: tokens separated by any of delim's characters, resumable through *save.
#include <wchar.h>

extern "C" wchar_t* wcstok(wchar_t* s, const wchar_t* delim, wchar_t** save) {
  if (!s) s = *save;
  if (!s) return nullptr;
  s += wcsspn(s, delim);
  if (!*s) {
    *save = nullptr;
    return nullptr;
  }
  wchar_t* end = s + wcscspn(s, delim);
  if (*end) {
    *end = L'\0';
    *save = end + 1;
  } else {
    *save = nullptr;
  }
  return s;
}
