// btowc, wctob: single bytes and wide characters.
#include <stdio.h>
#include <wchar.h>

#include "locale/locale.h"

extern "C" wint_t btowc(int c) {
  if (c == EOF || static_cast<unsigned>(c) > 0xff) return WEOF;
  // UTF-8: only ASCII bytes are characters on their own. "C": every byte (see codec.h).
  if (pure::current_ctype_utf8() && c >= 0x80) return WEOF;
  return static_cast<wint_t>(c);
}

extern "C" int wctob(wint_t wc) {
  unsigned limit = pure::current_ctype_utf8() ? 0x80 : 0x100;
  return wc < limit ? static_cast<int>(wc) : EOF;
}
