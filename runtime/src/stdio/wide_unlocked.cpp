// The GNU *_unlocked wide stream functions: the same work as fgetwc and friends, for
// callers that already hold the stream lock (flockfile) or use the stream from one thread.
#include <stdio.h>
#include <wchar.h>

#include "stdio/wide.h"

using namespace pure::stdio;

extern "C" {

wint_t fgetwc_unlocked(FILE* f) { return getwc_unlocked_core(f); }
wint_t getwc_unlocked(FILE* f) { return getwc_unlocked_core(f); }
wint_t getwchar_unlocked(void) { return getwc_unlocked_core(stdin); }
wint_t fputwc_unlocked(wchar_t wc, FILE* f) { return putwc_unlocked_core(wc, f); }
wint_t putwc_unlocked(wchar_t wc, FILE* f) { return putwc_unlocked_core(wc, f); }
wint_t putwchar_unlocked(wchar_t wc) { return putwc_unlocked_core(wc, stdout); }

wchar_t* fgetws_unlocked(wchar_t* __restrict s, int n, FILE* __restrict f) {
  if (n <= 0) return nullptr;
  int i = 0;
  while (i < n - 1) {
    wint_t c = getwc_unlocked_core(f);
    if (c == WEOF) {
      if (f->flags & kError) return nullptr;
      break;
    }
    s[i++] = static_cast<wchar_t>(c);
    if (c == L'\n') break;
  }
  if (i == 0 && n > 1) return nullptr;
  s[i] = 0;
  return s;
}

int fputws_unlocked(const wchar_t* __restrict s, FILE* __restrict f) {
  for (; *s; s++)
    if (putwc_unlocked_core(*s, f) == WEOF) return -1;
  return 1;
}

}  // extern "C"
