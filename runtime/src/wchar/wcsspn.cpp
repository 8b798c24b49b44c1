// wcsspn, wcscspn, wcspbrk.
#include <wchar.h>

namespace {
bool in_set(wchar_t c, const wchar_t* set) {
  for (; *set; ++set)
    if (*set == c) return true;
  return false;
}
}  // namespace

extern "C" size_t wcsspn(const wchar_t* s, const wchar_t* accept) {
  size_t n = 0;
  while (s[n] && in_set(s[n], accept)) ++n;
  return n;
}

extern "C" size_t wcscspn(const wchar_t* s, const wchar_t* reject) {
  size_t n = 0;
  while (s[n] && !in_set(s[n], reject)) ++n;
  return n;
}

extern "C" wchar_t* wcspbrk(const wchar_t* s, const wchar_t* accept) {
  s += wcscspn(s, accept);
  return *s ? const_cast<wchar_t*>(s) : nullptr;
}
