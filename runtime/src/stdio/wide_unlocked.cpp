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
  return getws_unlocked_core(s, n, f);
}
int fputws_unlocked(const wchar_t* __restrict s, FILE* __restrict f) { return putws_unlocked_core(s, f); }

}  // extern "C"
