// sprintf, snprintf, vsprintf, vsnprintf: formatted output to memory.
#include <errno.h>
#include <limits.h>
#include <stdarg.h>

#include "support/errno.h"
#include "support/format/printf_core.h"

namespace {

// Fills the caller's buffer; what does not fit goes to a scratch area and is only counted.
struct BufferSink : pure::format::Sink<char> {
  char* user_end;  // where the user's buffer (minus the terminator) ends
  char scratch[256];

  static bool overflow(pure::format::Sink<char>& s) {
    BufferSink& b = static_cast<BufferSink&>(s);
    s.flushed += static_cast<size_t>(s.pos - s.start);
    s.pos = s.start = b.scratch;
    s.end = b.scratch + sizeof b.scratch;
    return true;
  }
};

int format_to_buffer(char* buf, size_t size, const char* fmt, va_list ap) {
  int error = errno;
  BufferSink s;
  char dummy;
  char* base = size ? buf : &dummy;
  char* limit = size ? buf + size - 1 : &dummy;
  s.pos = s.start = base;
  s.end = limit;
  s.flushed = 0;
  s.error = false;
  s.error_code = 0;
  s.drain = BufferSink::overflow;
  s.user_end = limit;
  int r = pure::format::vformat<char>(s, fmt, ap, error);
  if (size) {
    // The terminator goes after the last character that fit.
    char* term = s.start == base ? s.pos : limit;
    *term = 0;
  }
  if (r < 0) errno = s.error_code;
  return r;
}

}  // namespace

extern "C" {

int vsnprintf(char* __restrict buf, size_t size, const char* __restrict fmt, va_list ap) {
  if (size > INT_MAX) {
    // Treat a huge size as "unbounded": the result is limited to INT_MAX anyway.
    size = static_cast<size_t>(INT_MAX) + 1;
  }
  return format_to_buffer(buf, size, fmt, ap);
}

int snprintf(char* __restrict buf, size_t size, const char* __restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(buf, size, fmt, ap);
  va_end(ap);
  return r;
}

int vsprintf(char* __restrict buf, const char* __restrict fmt, va_list ap) {
  return format_to_buffer(buf, static_cast<size_t>(INT_MAX) + 1, fmt, ap);
}

int sprintf(char* __restrict buf, const char* __restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsprintf(buf, fmt, ap);
  va_end(ap);
  return r;
}

}  // extern "C"
