// fgetln (BSD): the next line, not NUL-terminated, valid until the next operation on the
// stream. A line that sits whole in the buffer is handed out in place; otherwise it is
// gathered into a copy the stream owns.
#define _DEFAULT_SOURCE 1
#include <stdio.h>

#include "stdio/file.h"

using namespace pure::stdio;

extern "C" char* fgetln(FILE* __restrict f, size_t* __restrict len) {
  FileGuard g(f);
  if (f->rpos < f->rend) {
    auto* nl = static_cast<unsigned char*>(__builtin_memchr(f->rpos, '\n', static_cast<size_t>(f->rend - f->rpos)));
    if (nl) {
      char* line = reinterpret_cast<char*>(f->rpos);
      *len = static_cast<size_t>(nl + 1 - f->rpos);
      f->rpos = nl + 1;
      return line;
    }
  }
  ssize_t n = getdelim(&f->line, &f->line_cap, '\n', f);
  if (n <= 0) return nullptr;
  *len = static_cast<size_t>(n);
  return f->line;
}
