// open_wmemstream: the wide-character open_memstream. The stream layer carries UTF-8;
// this backend decodes it into the caller's growing wchar_t array, so positions and
// sizes count wide characters (POSIX 2008).
#include <errno.h>
#include <stdlib.h>
#include <wchar.h>

#include "stdio/file.h"
#include "support/errno.h"
#include "support/format/utf8.h"

using namespace pure::stdio;

namespace {

struct WideBuffer {
  wchar_t** bufp;
  size_t* sizep;
  wchar_t* buf;
  size_t cap;  // characters usable before the terminator
  size_t pos;
  size_t len;
  unsigned char partial[4];  // an incomplete UTF-8 sequence from the previous write
  int npartial;
};

WideBuffer* wbuf(FILE* f) { return static_cast<WideBuffer*>(f->cookie); }

void publish(WideBuffer* w) {
  *w->bufp = w->buf;
  *w->sizep = w->pos < w->len ? w->pos : w->len;
}

bool put_wide(WideBuffer* w, wchar_t c) {
  if (w->pos + 1 > w->cap) {
    size_t cap = w->cap * 2;
    wchar_t* p = static_cast<wchar_t*>(realloc(w->buf, (cap + 1) * sizeof(wchar_t)));
    if (!p) return false;
    w->buf = p;
    w->cap = cap;
  }
  while (w->len < w->pos) w->buf[w->len++] = 0;  // a gap left by a seek
  w->buf[w->pos++] = c;
  if (w->pos > w->len) w->len = w->pos;
  w->buf[w->len] = 0;
  return true;
}

long wide_write(FILE* f, const unsigned char* in, size_t n) {
  WideBuffer* w = wbuf(f);
  for (size_t i = 0; i < n; i++) {
    w->partial[w->npartial++] = in[i];
    uint32_t c;
    int r = pure::format::utf8_decode(w->partial, static_cast<size_t>(w->npartial), &c);
    if (r == -2) continue;
    w->npartial = 0;
    if (r < 0) return -EILSEQ;
    if (!put_wide(w, static_cast<wchar_t>(c))) return -ENOMEM;
  }
  publish(w);
  return static_cast<long>(n);
}

long wide_read(FILE*, unsigned char*, size_t) { return -EBADF; }

long wide_seek(FILE* f, long off, int whence) {
  WideBuffer* w = wbuf(f);
  long base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? static_cast<long>(w->pos) : static_cast<long>(w->len);
  long target;
  if (__builtin_add_overflow(base, off, &target) || target < 0) return -EINVAL;
  w->pos = static_cast<size_t>(target);
  w->npartial = 0;
  publish(w);
  return target;
}

int wide_close(FILE* f) {
  WideBuffer* w = wbuf(f);
  publish(w);
  free(w);
  return 0;
}

constinit const Ops kWideOps = {wide_read, wide_write, wide_seek, wide_close};

}  // namespace

extern "C" FILE* open_wmemstream(wchar_t** bufp, size_t* sizep) {
  if (!bufp || !sizep) return pure::fail(EINVAL, nullptr);
  WideBuffer* w = static_cast<WideBuffer*>(malloc(sizeof(WideBuffer)));
  if (!w) return nullptr;
  w->cap = 31;
  w->buf = static_cast<wchar_t*>(malloc((w->cap + 1) * sizeof(wchar_t)));
  if (!w->buf) {
    free(w);
    return nullptr;
  }
  w->buf[0] = 0;
  w->pos = w->len = 0;
  w->npartial = 0;
  w->bufp = bufp;
  w->sizep = sizep;
  publish(w);
  FILE* f = new_file(-1, kCanWrite | kUnbuffered | kMemory | kBufferChosen, &kWideOps, w);
  if (!f) {
    free(w->buf);
    free(w);
    return nullptr;
  }
  f->orientation = 1;
  return f;
}
