// wcstod, wcstof, wcstold (and the GNU _l forms, which no pure locale changes): the wide characters that can belong to a floating constant are
// all ASCII, so the candidate prefix is narrowed byte for byte and handed to strtod /
// strtof / strtold; their end pointer maps back one character per byte.
#include <errno.h>
#include <stdlib.h>
#include <wchar.h>
#include <wctype.h>

#include "support/errno.h"

namespace pure {
namespace {

// Characters that may appear in a decimal or hexadecimal floating constant, INF/INFINITY
// or NAN(n-char-sequence): the parser decides which prefix is valid.
bool maybe_float_char(wchar_t c) {
  return (c >= L'0' && c <= L'9') || (c >= L'a' && c <= L'z') || (c >= L'A' && c <= L'Z') ||
         c == L'.' || c == L'+' || c == L'-' || c == L'(' || c == L')' || c == L'_';
}

template <class T, T (*Narrow)(const char*, char**)>
T parse(const wchar_t* s, wchar_t** end) {
  const wchar_t* p = s;
  while (iswspace(static_cast<wint_t>(*p))) ++p;
  size_t n = 0;
  while (maybe_float_char(p[n])) ++n;
  char small[128];
  char* buf = small;
  if (n >= sizeof small) {
    buf = static_cast<char*>(malloc(n + 1));
    if (!buf) {
      if (end) *end = const_cast<wchar_t*>(s);
      return fail(ENOMEM, T(0));
    }
  }
  for (size_t i = 0; i < n; ++i) buf[i] = static_cast<char>(p[i]);
  buf[n] = '\0';
  char* narrow_end;
  T value = Narrow(buf, &narrow_end);
  size_t used = static_cast<size_t>(narrow_end - buf);
  if (buf != small) {
    int saved = errno;  // free must not disturb strtod's ERANGE
    free(buf);
    errno = saved;
  }
  if (end) *end = const_cast<wchar_t*>(used ? p + used : s);
  return value;
}

float narrow_f(const char* s, char** e) { return strtof(s, e); }
double narrow_d(const char* s, char** e) { return strtod(s, e); }
long double narrow_ld(const char* s, char** e) { return strtold(s, e); }

}  // namespace
}  // namespace pure

extern "C" float wcstof(const wchar_t* s, wchar_t** end) {
  return pure::parse<float, pure::narrow_f>(s, end);
}
extern "C" double wcstod(const wchar_t* s, wchar_t** end) {
  return pure::parse<double, pure::narrow_d>(s, end);
}
extern "C" long double wcstold(const wchar_t* s, wchar_t** end) {
  return pure::parse<long double, pure::narrow_ld>(s, end);
}
extern "C" float wcstof_l(const wchar_t* s, wchar_t** end, locale_t) {
  return pure::parse<float, pure::narrow_f>(s, end);
}
extern "C" double wcstod_l(const wchar_t* s, wchar_t** end, locale_t) {
  return pure::parse<double, pure::narrow_d>(s, end);
}
extern "C" long double wcstold_l(const wchar_t* s, wchar_t** end, locale_t) {
  return pure::parse<long double, pure::narrow_ld>(s, end);
}
