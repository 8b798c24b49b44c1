// <stdio_ext.h>: inspecting and adjusting a stream's buffer state (used by gnulib and
// other portability layers).
#include <stdio_ext.h>

#include "stdio/file.h"

using namespace pure::stdio;

extern "C" {

size_t __fbufsize(FILE* f) { return (f->flags & kUnbuffered) ? 0 : f->buf_size; }
size_t __fpending(FILE* f) { return f->wpos ? static_cast<size_t>(f->wpos - f->buf) : 0; }
int __flbf(FILE* f) { return (f->flags & kLineBuffered) != 0; }
int __freadable(FILE* f) { return (f->flags & kCanRead) != 0; }
int __fwritable(FILE* f) { return (f->flags & kCanWrite) != 0; }
// "Reading" covers read-only streams and streams whose last operation was a read.
int __freading(FILE* f) { return (f->flags & kCanWrite) == 0 || f->rend != nullptr; }
int __fwriting(FILE* f) { return (f->flags & kCanRead) == 0 || f->wpos != nullptr; }

int __fsetlocking(FILE* f, int type) {
  int old = (f->flags & kNoLock) ? FSETLOCKING_BYCALLER : FSETLOCKING_INTERNAL;
  if (type == FSETLOCKING_BYCALLER) f->flags |= kNoLock;
  else if (type == FSETLOCKING_INTERNAL) f->flags &= ~kNoLock;
  return old;
}

void _flushlbf(void) { flush_all(true); }

// Discards buffered input and output.
void __fpurge(FILE* f) {
  FileGuard g(f);
  if (f->wpos) f->wpos = f->buf;
  if (f->rend) f->rpos = f->rend;
}

size_t __freadahead(FILE* f) { return f->rend ? static_cast<size_t>(f->rend - f->rpos) : 0; }

const char* __freadptr(FILE* f, size_t* sizep) {
  if (!f->rend || f->rpos == f->rend) return nullptr;
  *sizep = static_cast<size_t>(f->rend - f->rpos);
  return reinterpret_cast<const char*>(f->rpos);
}

void __freadptrinc(FILE* f, size_t n) { f->rpos += n; }

void __fseterr(FILE* f) { f->flags |= kError; }

}  // extern "C"
