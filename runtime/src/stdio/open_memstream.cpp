// open_memstream: a write-only stream into a growing malloc'ed buffer whose address and
// size the caller's variables track (POSIX 2008).
#include <errno.h>
#include <stdlib.h>

#include "stdio/file.h"
#include "support/errno.h"

using namespace pure::stdio;

namespace {

struct DynBuffer {
  char** bufp;
  size_t* sizep;
  char* buf;
  size_t cap;  // bytes usable before the terminator
  size_t pos;
  size_t len;
};

DynBuffer* dyn(FILE* f) { return static_cast<DynBuffer*>(f->cookie); }

void publish(DynBuffer* d) {
  *d->bufp = d->buf;
  *d->sizep = d->pos < d->len ? d->pos : d->len;
}

long dyn_write(FILE* f, const unsigned char* in, size_t n) {
  DynBuffer* d = dyn(f);
  size_t need;
  if (__builtin_add_overflow(d->pos, n, &need)) return -EFBIG;
  if (need > d->cap) {
    size_t cap = d->cap * 2;
    if (cap < need) cap = need;
    char* p = static_cast<char*>(realloc(d->buf, cap + 1));
    if (!p) return -ENOMEM;
    d->buf = p;
    d->cap = cap;
  }
  if (d->pos > d->len) __builtin_memset(d->buf + d->len, 0, d->pos - d->len);  // a gap after a seek
  __builtin_memcpy(d->buf + d->pos, in, n);
  d->pos += n;
  if (d->pos > d->len) d->len = d->pos;
  d->buf[d->len] = 0;
  publish(d);
  return static_cast<long>(n);
}

long dyn_read(FILE*, unsigned char*, size_t) { return -EBADF; }

long dyn_seek(FILE* f, long off, int whence) {
  DynBuffer* d = dyn(f);
  long base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? static_cast<long>(d->pos) : static_cast<long>(d->len);
  long target;
  if (__builtin_add_overflow(base, off, &target) || target < 0) return -EINVAL;
  d->pos = static_cast<size_t>(target);
  publish(d);
  return target;
}

int dyn_close(FILE* f) {
  DynBuffer* d = dyn(f);
  publish(d);
  free(d);
  return 0;
}

constinit const Ops kDynOps = {dyn_read, dyn_write, dyn_seek, dyn_close};

}  // namespace

extern "C" FILE* open_memstream(char** bufp, size_t* sizep) {
  if (!bufp || !sizep) return pure::fail(EINVAL, nullptr);
  DynBuffer* d = static_cast<DynBuffer*>(malloc(sizeof(DynBuffer)));
  if (!d) return nullptr;
  d->buf = static_cast<char*>(malloc(64));
  if (!d->buf) {
    free(d);
    return nullptr;
  }
  d->buf[0] = 0;
  d->cap = 63;
  d->pos = d->len = 0;
  d->bufp = bufp;
  d->sizep = sizep;
  publish(d);
  FILE* f = new_file(-1, kCanWrite | kUnbuffered | kMemory | kBufferChosen, &kDynOps, d);
  if (!f) {
    free(d->buf);
    free(d);
  }
  return f;
}
