// The scanf family: scanf, fscanf, sscanf, vscanf, vfscanf, vsscanf.
#include <errno.h>
#include <stdarg.h>

#include "stdio/file.h"
#include "support/format/scanf_core.h"

using namespace pure::stdio;

namespace {

struct StringSource : pure::format::Source<char> {
  const unsigned char* s;

  static long get(pure::format::Source<char>* src) {
    StringSource* ss = static_cast<StringSource*>(src);
    if (!*ss->s) return -1;
    return *ss->s++;
  }
  static void unget(pure::format::Source<char>* src, long) { static_cast<StringSource*>(src)->s--; }
};

struct FileSource : pure::format::Source<char> {
  FILE* f;

  static long get(pure::format::Source<char>* src) {
    FileSource* fs = static_cast<FileSource*>(src);
    int c = getc_unlocked_inline(fs->f);
    if (c == EOF && (fs->f->flags & kError)) fs->failed = true;
    return c == EOF ? -1 : c;
  }
  // The character just read is still in the buffer, right before rpos.
  static void unget(pure::format::Source<char>* src, long) { static_cast<FileSource*>(src)->f->rpos--; }
};

}  // namespace

extern "C" {

int vsscanf(const char* __restrict s, const char* __restrict fmt, va_list ap) {
  StringSource src;
  src.get_fn = StringSource::get;
  src.unget_fn = StringSource::unget;
  src.count = 0;
  src.failed = false;
  src.s = reinterpret_cast<const unsigned char*>(s);
  int error = 0;
  int r = pure::format::vscan<char>(src, fmt, ap, &error);
  if (error) errno = error;
  return r;
}

int sscanf(const char* __restrict s, const char* __restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsscanf(s, fmt, ap);
  va_end(ap);
  return r;
}

int vfscanf(FILE* __restrict f, const char* __restrict fmt, va_list ap) {
  FileGuard g(f);
  FileSource src;
  src.get_fn = FileSource::get;
  src.unget_fn = FileSource::unget;
  src.count = 0;
  src.failed = false;
  src.f = f;
  int error = 0;
  int r = pure::format::vscan<char>(src, fmt, ap, &error);
  if (error) errno = error;
  return r;
}

int fscanf(FILE* __restrict f, const char* __restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfscanf(f, fmt, ap);
  va_end(ap);
  return r;
}

int vscanf(const char* __restrict fmt, va_list ap) { return vfscanf(stdin, fmt, ap); }

int scanf(const char* __restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfscanf(stdin, fmt, ap);
  va_end(ap);
  return r;
}

}  // extern "C"
