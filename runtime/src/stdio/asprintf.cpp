// asprintf, vasprintf: formatted output into a new malloc'ed string.
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>

#include "support/format/printf_core.h"

namespace {

struct GrowSink : pure::format::Sink<char> {
  char* mem;
  size_t cap;

  static bool grow(pure::format::Sink<char>& s) {
    GrowSink& g = static_cast<GrowSink&>(s);
    size_t used = static_cast<size_t>(s.pos - g.mem);
    size_t cap = g.cap * 2;
    char* p = static_cast<char*>(realloc(g.mem, cap + 1));
    if (!p) {
      s.error_code = ENOMEM;
      return false;
    }
    g.mem = p;
    g.cap = cap;
    s.start = p;
    s.pos = p + used;
    s.end = p + cap;
    return true;
  }
};

}  // namespace

extern "C" int vasprintf(char** __restrict out, const char* __restrict fmt, va_list ap) {
  int error = errno;
  GrowSink s;
  s.cap = 120;
  s.mem = static_cast<char*>(malloc(s.cap + 1));
  if (!s.mem) return -1;
  s.pos = s.start = s.mem;
  s.end = s.mem + s.cap;
  s.flushed = 0;
  s.error = false;
  s.error_code = 0;
  s.drain = GrowSink::grow;
  int r = pure::format::vformat<char>(s, fmt, ap, error);
  if (r < 0) {
    free(s.mem);
    errno = s.error_code;
    return -1;
  }
  *s.pos = 0;
  *out = s.mem;
  return r;
}

extern "C" int asprintf(char** __restrict out, const char* __restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vasprintf(out, fmt, ap);
  va_end(ap);
  return r;
}
