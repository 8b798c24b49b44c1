// fopencookie: a buffered stream whose backend is four caller-supplied functions (GNU).
#define _GNU_SOURCE 1
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "stdio/file.h"
#include "support/errno.h"

using namespace pure::stdio;

namespace {

struct Cookie {
  void* cookie;
  cookie_io_functions_t io;
};

Cookie* state(FILE* f) { return static_cast<Cookie*>(f->cookie); }

// The callbacks report failure as -1 with errno set; the stream layer wants -errno.
long failure() { return errno > 0 ? -errno : -EIO; }

long cookie_read(FILE* f, unsigned char* buf, size_t n) {
  Cookie* c = state(f);
  if (!c->io.read) return 0;  // no read function: always at end of file
  ssize_t r = c->io.read(c->cookie, reinterpret_cast<char*>(buf), n);
  return r < 0 ? failure() : r;
}

long cookie_write(FILE* f, const unsigned char* buf, size_t n) {
  Cookie* c = state(f);
  if (!c->io.write) return static_cast<long>(n);  // no write function: output is discarded
  ssize_t r = c->io.write(c->cookie, reinterpret_cast<const char*>(buf), n);
  return r <= 0 ? failure() : r;
}

long cookie_seek(FILE* f, long off, int whence) {
  Cookie* c = state(f);
  if (!c->io.seek) return -ESPIPE;
  off_t pos = off;
  if (c->io.seek(c->cookie, &pos, whence) < 0) return failure();
  return pos;
}

int cookie_close(FILE* f) {
  Cookie* c = state(f);
  int r = c->io.close ? c->io.close(c->cookie) : 0;
  int result = r < 0 ? static_cast<int>(failure()) : 0;
  free(c);
  return result;
}

constinit const Ops kCookieOps = {cookie_read, cookie_write, cookie_seek, cookie_close};

}  // namespace

extern "C" FILE* fopencookie(void* __restrict cookie, const char* __restrict mode, cookie_io_functions_t io) {
  int oflags;
  unsigned flags;
  if (!mode || !parse_mode(mode, &oflags, &flags)) return pure::fail(EINVAL, nullptr);
  Cookie* c = static_cast<Cookie*>(malloc(sizeof(Cookie)));
  if (!c) return nullptr;
  c->cookie = cookie;
  c->io = io;
  FILE* f = new_file(-1, flags | kMemory, &kCookieOps, c);
  if (!f) free(c);
  return f;
}
