// wcsrtombs, wcsnrtombs: wide strings to multibyte strings.
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <wchar.h>

#include "multibyte/codec.h"
#include "support/errno.h"

namespace pure {
namespace {

// Converts at most `nwc` wide characters of *src, storing at most `len` bytes and never a
// partial character (len is ignored when dst is null, and *src is then left alone).
size_t convert(char* dst, const wchar_t** src, size_t nwc, size_t len, mbstate_t* ps) {
  const bool utf8 = current_ctype_utf8();
  const wchar_t* p = *src;
  size_t count = 0;
  // No shift states: the state is initial before and after every character.
  if (ps) mb::reset(ps);
  for (; nwc > 0; --nwc, ++p) {
    char buf[4];
    size_t r = mb::encode(utf8, buf, static_cast<uint32_t>(*p));
    if (r == mb::kInvalid) {
      if (dst) *src = p;
      return fail(EILSEQ, r);
    }
    if (dst) {
      if (r > len - count) break;
      memcpy(dst + count, buf, r);
    }
    if (*p == L'\0') {
      if (dst) *src = nullptr;
      return count;
    }
    count += r;
  }
  if (dst) *src = p;
  return count;
}

}  // namespace
}  // namespace pure

extern "C" size_t wcsrtombs(char* dst, const wchar_t** src, size_t len, mbstate_t* ps) {
  return pure::convert(dst, src, SIZE_MAX, len, ps);
}

extern "C" size_t wcsnrtombs(char* dst, const wchar_t** src, size_t nwc, size_t len,
                             mbstate_t* ps) {
  return pure::convert(dst, src, nwc, len, ps);
}
