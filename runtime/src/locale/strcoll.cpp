// strcoll, strxfrm and their _l forms. Every pure locale collates as "C": byte order,
// so the transformed string is the string itself.
#include <locale.h>
#include <string.h>

namespace {
int collate(const char* a, const char* b) { return strcmp(a, b); }

size_t transform(char* dst, const char* src, size_t n) {
  size_t len = strlen(src);
  // Only a complete result is written (C17 7.24.4.5: the contents are otherwise unspecified).
  if (len < n) memcpy(dst, src, len + 1);
  return len;
}
}  // namespace

extern "C" int strcoll(const char* a, const char* b) { return collate(a, b); }
extern "C" int strcoll_l(const char* a, const char* b, locale_t) { return collate(a, b); }
extern "C" size_t strxfrm(char* dst, const char* src, size_t n) { return transform(dst, src, n); }
extern "C" size_t strxfrm_l(char* dst, const char* src, size_t n, locale_t) {
  return transform(dst, src, n);
}
