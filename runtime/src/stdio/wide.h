// Wide-character stream I/O on top of the byte layer: characters travel as UTF-8 (the
// C.UTF-8 semantics). The caller holds the stream's lock.
#pragma once
#include <stdint.h>
#include <wchar.h>

#include "stdio/file.h"

namespace pure::stdio {

// Marks the stream wide-oriented unless it already has an orientation.
inline void orient_wide(FILE* f) {
  if (f->orientation == 0) f->orientation = 1;
}

wint_t getwc_unlocked_core(FILE* f);
wint_t putwc_unlocked_core(wchar_t wc, FILE* f);
// fgetws / fputws without taking the stream lock.
wchar_t* getws_unlocked_core(wchar_t* s, int n, FILE* f);
int putws_unlocked_core(const wchar_t* s, FILE* f);
// Pushes bytes back in front of the buffered input; false when there is no room.
bool unget_bytes(FILE* f, const unsigned char* bytes, int n);

}  // namespace pure::stdio
