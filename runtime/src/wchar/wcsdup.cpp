// wcsdup: a malloc'ed copy of a wide string.
#include <errno.h>
#include <stdlib.h>
#include <wchar.h>

extern "C" wchar_t* wcsdup(const wchar_t* s) {
  size_t n = wcslen(s) + 1;
  auto* copy = static_cast<wchar_t*>(malloc(n * sizeof(wchar_t)));  // malloc sets ENOMEM
  if (copy) wmemcpy(copy, s, n);
  return copy;
}
