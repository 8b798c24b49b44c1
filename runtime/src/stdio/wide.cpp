// Wide-character stream functions: fgetwc, getwc, getwchar, fputwc, putwc, putwchar,
// ungetwc, fgetws, fputws, fwide.
#include "stdio/wide.h"

#include <errno.h>

#include "support/format/utf8.h"

namespace pure::stdio {

wint_t getwc_unlocked_core(FILE* f) {
  orient_wide(f);
  int c = getc_unlocked_inline(f);
  if (c == EOF) return WEOF;
  unsigned char bytes[4] = {static_cast<unsigned char>(c)};
  int need = format::utf8_length(bytes[0]);
  if (need == 0) {
    f->flags |= kError;
    errno = EILSEQ;
    return WEOF;
  }
  for (int i = 1; i < need; i++) {
    int d = getc_unlocked_inline(f);
    if (d == EOF || (d & 0xc0) != 0x80) {
      if (d != EOF) f->rpos--;  // not part of this character: leave it for the next read
      f->flags |= kError;
      errno = EILSEQ;
      return WEOF;
    }
    bytes[i] = static_cast<unsigned char>(d);
  }
  uint32_t wc;
  if (format::utf8_decode(bytes, static_cast<size_t>(need), &wc) < 0) {
    f->flags |= kError;
    errno = EILSEQ;
    return WEOF;
  }
  return static_cast<wint_t>(wc);
}

wint_t putwc_unlocked_core(wchar_t wc, FILE* f) {
  orient_wide(f);
  char bytes[4];
  int n = format::utf8_encode(static_cast<uint32_t>(wc), bytes);
  if (n < 0) {
    f->flags |= kError;
    errno = EILSEQ;
    return WEOF;
  }
  if (n == 1) return putc_unlocked_inline(f, bytes[0]) == EOF ? WEOF : static_cast<wint_t>(wc);
  if (write_unlocked(f, bytes, static_cast<size_t>(n)) != static_cast<size_t>(n)) return WEOF;
  return static_cast<wint_t>(wc);
}

bool unget_bytes(FILE* f, const unsigned char* bytes, int n) {
  if (!to_read_mode(f)) return false;
  size_t before = static_cast<size_t>(f->rpos - f->buf);
  if (before < static_cast<size_t>(n)) {
    size_t unread = static_cast<size_t>(f->rend - f->rpos);
    size_t shift = static_cast<size_t>(n) - before;
    if (unread + before + shift > f->buf_size) return false;
    __builtin_memmove(f->rpos + shift, f->rpos, unread);
    f->rpos += shift;
    f->rend += shift;
  }
  f->rpos -= n;
  __builtin_memcpy(f->rpos, bytes, static_cast<size_t>(n));
  f->flags &= ~kEof;
  return true;
}

wchar_t* getws_unlocked_core(wchar_t* s, int n, FILE* f) {
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

int putws_unlocked_core(const wchar_t* s, FILE* f) {
  for (; *s; s++)
    if (putwc_unlocked_core(*s, f) == WEOF) return -1;
  return 1;
}

}  // namespace pure::stdio

using namespace pure::stdio;

extern "C" {

wint_t fgetwc(FILE* f) {
  FileGuard g(f);
  return getwc_unlocked_core(f);
}
wint_t getwc(FILE* f) { return fgetwc(f); }
wint_t getwchar(void) { return fgetwc(stdin); }

wint_t fputwc(wchar_t wc, FILE* f) {
  FileGuard g(f);
  return putwc_unlocked_core(wc, f);
}
wint_t putwc(wchar_t wc, FILE* f) { return fputwc(wc, f); }
wint_t putwchar(wchar_t wc) { return fputwc(wc, stdout); }

wint_t ungetwc(wint_t wc, FILE* f) {
  if (wc == WEOF) return WEOF;
  FileGuard g(f);
  orient_wide(f);
  char bytes[4];
  int n = pure::format::utf8_encode(wc, bytes);
  if (n < 0 || !unget_bytes(f, reinterpret_cast<unsigned char*>(bytes), n)) return WEOF;
  return wc;
}

wchar_t* fgetws(wchar_t* __restrict s, int n, FILE* __restrict f) {
  FileGuard g(f);
  return getws_unlocked_core(s, n, f);
}

int fputws(const wchar_t* __restrict s, FILE* __restrict f) {
  FileGuard g(f);
  return putws_unlocked_core(s, f);
}

int fwide(FILE* f, int mode) {
  FileGuard g(f);
  if (mode && f->orientation == 0) f->orientation = mode > 0 ? 1 : -1;
  return f->orientation;
}

}  // extern "C"
