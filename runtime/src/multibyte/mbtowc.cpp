// mblen, mbtowc, wctomb: the <stdlib.h> single-character conversions. pure's encodings
// have no shift states, so these keep no state between calls: a null s answers 0, and an
// incomplete character is an error like an invalid one (C17 7.22.7.2p2).
#include <errno.h>
#include <stdlib.h>
#include <wchar.h>

#include "multibyte/codec.h"
#include "support/errno.h"

namespace pure {
namespace {
int to_wide(wchar_t* pwc, const char* s, size_t n) {
  if (!s) return 0;
  mbstate_t st{};
  char32_t c;
  size_t r = mb::decode(current_ctype_utf8(), &c, reinterpret_cast<const unsigned char*>(s), n, &st);
  if (r == mb::kInvalid || r == mb::kIncomplete) return fail(EILSEQ, -1);
  if (pwc) *pwc = static_cast<wchar_t>(c);
  return static_cast<int>(r);
}
}  // namespace
}  // namespace pure

extern "C" int mbtowc(wchar_t* pwc, const char* s, size_t n) { return pure::to_wide(pwc, s, n); }

extern "C" int mblen(const char* s, size_t n) { return pure::to_wide(nullptr, s, n); }

extern "C" int wctomb(char* s, wchar_t wc) {
  using namespace pure;
  if (!s) return 0;
  size_t r = mb::encode(current_ctype_utf8(), s, static_cast<uint32_t>(wc));
  if (r == mb::kInvalid) return fail(EILSEQ, -1);
  return static_cast<int>(r);
}

extern "C" size_t __ctype_get_mb_cur_max(void) {
  return pure::mb::max_length(pure::current_ctype_utf8());
}
