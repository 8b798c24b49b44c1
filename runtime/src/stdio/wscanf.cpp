// The wide scanf family: fwscanf, swscanf, wscanf and their v forms, on the scanf engine
// instantiated for wchar_t.
#include <errno.h>
#include <stdarg.h>
#include <wchar.h>

#include "stdio/wide.h"
#include "support/format/scanf_core.h"
#include "support/format/utf8.h"

using namespace pure::stdio;

namespace {

struct WideStringSource : pure::format::Source<wchar_t> {
  const wchar_t* s;

  static long get(pure::format::Source<wchar_t>* src) {
    WideStringSource* w = static_cast<WideStringSource*>(src);
    if (!*w->s) return -1;
    return static_cast<long>(*w->s++);
  }
  static void unget(pure::format::Source<wchar_t>* src, long) { static_cast<WideStringSource*>(src)->s--; }
};

struct WideFileSource : pure::format::Source<wchar_t> {
  FILE* f;

  static long get(pure::format::Source<wchar_t>* src) {
    WideFileSource* w = static_cast<WideFileSource*>(src);
    wint_t c = getwc_unlocked_core(w->f);
    if (c == WEOF) {
      if (w->f->flags & kError) w->failed = true;
      return -1;
    }
    return static_cast<long>(c);
  }
  static void unget(pure::format::Source<wchar_t>* src, long c) {
    WideFileSource* w = static_cast<WideFileSource*>(src);
    char bytes[4];
    int n = pure::format::utf8_encode(static_cast<uint32_t>(c), bytes);
    if (n > 0) unget_bytes(w->f, reinterpret_cast<unsigned char*>(bytes), n);
  }
};

}  // namespace

extern "C" {

int vswscanf(const wchar_t* __restrict s, const wchar_t* __restrict fmt, va_list ap) {
  WideStringSource src;
  src.get_fn = WideStringSource::get;
  src.unget_fn = WideStringSource::unget;
  src.count = 0;
  src.failed = false;
  src.s = s;
  int error = 0;
  int r = pure::format::vscan<wchar_t>(src, fmt, ap, &error);
  if (error) errno = error;
  return r;
}

int swscanf(const wchar_t* __restrict s, const wchar_t* __restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vswscanf(s, fmt, ap);
  va_end(ap);
  return r;
}

int vfwscanf(FILE* __restrict f, const wchar_t* __restrict fmt, va_list ap) {
  FileGuard g(f);
  orient_wide(f);
  WideFileSource src;
  src.get_fn = WideFileSource::get;
  src.unget_fn = WideFileSource::unget;
  src.count = 0;
  src.failed = false;
  src.f = f;
  int error = 0;
  int r = pure::format::vscan<wchar_t>(src, fmt, ap, &error);
  if (error) errno = error;
  return r;
}

int fwscanf(FILE* __restrict f, const wchar_t* __restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfwscanf(f, fmt, ap);
  va_end(ap);
  return r;
}

int vwscanf(const wchar_t* __restrict fmt, va_list ap) { return vfwscanf(stdin, fmt, ap); }

int wscanf(const wchar_t* __restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfwscanf(stdin, fmt, ap);
  va_end(ap);
  return r;
}

}  // extern "C"
