// wcscmp, wcsncmp: compare wchar_t values (signed on x86_64, unsigned on aarch64, as the
// ABI defines wchar_t).
#include <wchar.h>

extern "C" int wcscmp(const wchar_t* a, const wchar_t* b) {
  for (; *a == *b; ++a, ++b)
    if (*a == L'\0') return 0;
  return *a < *b ? -1 : 1;
}

extern "C" int wcsncmp(const wchar_t* a, const wchar_t* b, size_t n) {
  for (; n > 0; --n, ++a, ++b) {
    if (*a != *b) return *a < *b ? -1 : 1;
    if (*a == L'\0') return 0;
  }
  return 0;
}
