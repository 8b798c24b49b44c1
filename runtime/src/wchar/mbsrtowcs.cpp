// mbsrtowcs, mbsnrtowcs: multibyte strings to wide strings.
#include <errno.h>
#include <stdint.h>
#include <wchar.h>

#include "multibyte/codec.h"
#include "support/errno.h"

namespace pure {
namespace {

constinit mbstate_t mbsrtowcs_state{};
constinit mbstate_t mbsnrtowcs_state{};

// Converts at most `nms` bytes of *src into at most `len` wide characters (len is ignored
// when dst is null, and *src is then left alone).
size_t convert(wchar_t* dst, const char** src, size_t nms, size_t len, mbstate_t* ps) {
  const bool utf8 = current_ctype_utf8();
  auto p = reinterpret_cast<const unsigned char*>(*src);
  size_t count = 0;
  while (!dst || count < len) {
    char32_t c;
    size_t r = mb::decode(utf8, &c, p, nms, ps);
    if (r == mb::kIncomplete) {
      // The last nms bytes begin a character: POSIX leaves open whether to stop before
      // them or take them into *ps. They are taken, so that a caller converting a
      // stream chunk by chunk (libc++'s codecvt::in) always makes progress.
      p += nms;
      break;
    }
    if (r == mb::kInvalid) {
      if (dst) *src = reinterpret_cast<const char*>(p);
      return fail(EILSEQ, r);
    }
    if (r == 0) {  // the null character ends the string; the state is initial again
      if (dst) {
        dst[count] = L'\0';
        *src = nullptr;
      }
      return count;
    }
    if (dst) dst[count] = static_cast<wchar_t>(c);
    ++count;
    p += r;
    nms -= r;
  }
  if (dst) *src = reinterpret_cast<const char*>(p);
  return count;
}

}  // namespace
}  // namespace pure

extern "C" size_t mbsrtowcs(wchar_t* dst, const char** src, size_t len, mbstate_t* ps) {
  return pure::convert(dst, src, SIZE_MAX, len, ps ? ps : &pure::mbsrtowcs_state);
}

extern "C" size_t mbsnrtowcs(wchar_t* dst, const char** src, size_t nms, size_t len,
                             mbstate_t* ps) {
  return pure::convert(dst, src, nms, len, ps ? ps : &pure::mbsnrtowcs_state);
}
