// mbrtoc32, c32rtomb: char32_t is UTF-32, the same as pure's wchar_t.
#include <errno.h>
#include <uchar.h>
#include <wchar.h>

namespace {
constinit mbstate_t mbrtoc32_state{};
constinit mbstate_t c32rtomb_state{};
}  // namespace

extern "C" size_t mbrtoc32(char32_t* pc32, const char* s, size_t n, mbstate_t* ps) {
  wchar_t wc;
  size_t r = mbrtowc(&wc, s, n, ps ? ps : &mbrtoc32_state);
  if (r < static_cast<size_t>(-2) && pc32) *pc32 = static_cast<char32_t>(wc);
  return r;
}

extern "C" size_t c32rtomb(char* s, char32_t c32, mbstate_t* ps) {
  return wcrtomb(s, static_cast<wchar_t>(c32), ps ? ps : &c32rtomb_state);
}
