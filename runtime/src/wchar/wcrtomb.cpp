// wcrtomb: one wide character to its multibyte form.
#include <errno.h>
#include <wchar.h>

#include "multibyte/codec.h"
#include "support/errno.h"

extern "C" size_t wcrtomb(char* s, wchar_t wc, mbstate_t* ps) {
  using namespace pure;
  // pure's encodings have no shift states, so the state only needs resetting when s is
  // null (C17 7.29.6.3.3: then it is wcrtomb(buf, L'\0', ps)).
  if (ps) mb::reset(ps);
  if (!s) return 1;
  size_t r = mb::encode(current_ctype_utf8(), s, static_cast<uint32_t>(wc));
  if (r == mb::kInvalid) return fail(EILSEQ, r);
  return r;
}
