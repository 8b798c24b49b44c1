// The wide printf family: fwprintf, wprintf, swprintf and their v forms. The engine is
// the same template as printf's, instantiated for wchar_t; streams receive UTF-8.
#include <errno.h>
#include <stdarg.h>
#include <wchar.h>

#include "stdio/wide.h"
#include "support/format/printf_core.h"
#include "support/format/utf8.h"

using namespace pure::stdio;

namespace {

struct WideFileSink : pure::format::Sink<wchar_t> {
  FILE* file;
  wchar_t space[256];

  static bool drain_to_file(pure::format::Sink<wchar_t>& s) {
    WideFileSink& w = static_cast<WideFileSink&>(s);
    char bytes[sizeof w.space / sizeof w.space[0] * 4];
    size_t n = 0;
    for (wchar_t* p = s.start; p < s.pos; p++) {
      int k = pure::format::utf8_encode(static_cast<uint32_t>(*p), bytes + n);
      if (k < 0) {
        s.error_code = EILSEQ;
        return false;
      }
      n += static_cast<size_t>(k);
    }
    if (write_unlocked(w.file, bytes, n) != n) {
      s.error_code = errno;
      return false;
    }
    s.flushed += static_cast<size_t>(s.pos - s.start);
    s.pos = s.start;
    return true;
  }
};

struct WideBufferSink : pure::format::Sink<wchar_t> {
  static bool full(pure::format::Sink<wchar_t>&) { return false; }
};

}  // namespace

extern "C" {

int vfwprintf(FILE* __restrict f, const wchar_t* __restrict fmt, va_list ap) {
  int error = errno;
  FileGuard g(f);
  orient_wide(f);
  WideFileSink s;
  s.file = f;
  s.pos = s.start = s.space;
  s.end = s.space + sizeof s.space / sizeof s.space[0];
  s.flushed = 0;
  s.error = false;
  s.error_code = 0;
  s.drain = WideFileSink::drain_to_file;
  int r = pure::format::vformat<wchar_t>(s, fmt, ap, error);
  if (r >= 0 && s.pos > s.start && !WideFileSink::drain_to_file(s)) r = -1;
  if (r < 0 && s.error_code) errno = s.error_code;
  return r < 0 ? -1 : r;
}

int fwprintf(FILE* __restrict f, const wchar_t* __restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfwprintf(f, fmt, ap);
  va_end(ap);
  return r;
}

int vwprintf(const wchar_t* __restrict fmt, va_list ap) { return vfwprintf(stdout, fmt, ap); }

int wprintf(const wchar_t* __restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfwprintf(stdout, fmt, ap);
  va_end(ap);
  return r;
}

// Unlike snprintf, swprintf fails (negative) when the output does not fit in n.
int vswprintf(wchar_t* __restrict buf, size_t n, const wchar_t* __restrict fmt, va_list ap) {
  int error = errno;
  if (n == 0) {
    errno = EOVERFLOW;
    return -1;
  }
  WideBufferSink s;
  s.pos = s.start = buf;
  s.end = buf + n - 1;
  s.flushed = 0;
  s.error = false;
  s.error_code = 0;
  s.drain = WideBufferSink::full;
  int r = pure::format::vformat<wchar_t>(s, fmt, ap, error);
  *s.pos = 0;
  if (r < 0) {
    errno = s.error_code ? s.error_code : EOVERFLOW;
    return -1;
  }
  return r;
}

int swprintf(wchar_t* __restrict buf, size_t n, const wchar_t* __restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vswprintf(buf, n, fmt, ap);
  va_end(ap);
  return r;
}

}  // extern "C"
