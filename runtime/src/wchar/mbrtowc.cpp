// mbrtowc, mbrlen, mbsinit: one multibyte character at a time, restartable.
#include <errno.h>
#include <wchar.h>

#include "multibyte/codec.h"
#include "support/errno.h"

namespace pure {
namespace {
// The states C17 gives each function for a null mbstate_t pointer.
constinit mbstate_t mbrtowc_state{};
constinit mbstate_t mbrlen_state{};

size_t convert(wchar_t* pwc, const char* s, size_t n, mbstate_t* ps) {
  if (!s) {
    // Same as mbrtowc(NULL, "", 1, ps): resets the state, or reports an unfinished one.
    pwc = nullptr;
    s = "";
    n = 1;
  }
  char32_t c;
  size_t r = mb::decode(current_ctype_utf8(), &c, reinterpret_cast<const unsigned char*>(s), n, ps);
  if (r == mb::kInvalid) return fail(EILSEQ, r);
  if (r != mb::kIncomplete && pwc) *pwc = static_cast<wchar_t>(c);
  return r;
}
}  // namespace
}  // namespace pure

extern "C" size_t mbrtowc(wchar_t* pwc, const char* s, size_t n, mbstate_t* ps) {
  return pure::convert(pwc, s, n, ps ? ps : &pure::mbrtowc_state);
}

extern "C" size_t mbrlen(const char* s, size_t n, mbstate_t* ps) {
  return pure::convert(nullptr, s, n, ps ? ps : &pure::mbrlen_state);
}

extern "C" int mbsinit(const mbstate_t* ps) { return !ps || ps->__count == 0; }
