// getdelim and getline: a whole record into a malloc'ed, growing buffer.
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "stdio/file.h"
#include "support/errno.h"

using namespace pure::stdio;

extern "C" ssize_t getdelim(char** __restrict line, size_t* __restrict cap, int delim, FILE* __restrict f) {
  if (!line || !cap || !f) return pure::fail(EINVAL, -1);
  FileGuard g(f);
  if (!*line) *cap = 0;
  size_t len = 0;
  for (;;) {
    if (f->rpos >= f->rend) {
      int c = getc_slow(f);
      if (c == EOF) {
        if (len == 0 || (f->flags & kError)) {
          if (*line && *cap) (*line)[len] = 0;
          return -1;
        }
        break;
      }
      f->rpos--;  // let the buffered path below take it
    }
    size_t avail = static_cast<size_t>(f->rend - f->rpos);
    const void* hit = __builtin_memchr(f->rpos, delim, avail);
    size_t k = hit ? static_cast<size_t>(static_cast<const unsigned char*>(hit) - f->rpos) + 1 : avail;
    if (len + k + 1 > *cap) {
      size_t want = *cap ? *cap : 120;
      while (want < len + k + 1) {
        if (want > SIZE_MAX / 2) return pure::fail(EOVERFLOW, -1);
        want *= 2;
      }
      if (want > static_cast<size_t>(__LONG_MAX__)) return pure::fail(EOVERFLOW, -1);
      char* p = static_cast<char*>(realloc(*line, want));
      if (!p) return pure::fail(ENOMEM, -1);
      *line = p;
      *cap = want;
    }
    __builtin_memcpy(*line + len, f->rpos, k);
    f->rpos += k;
    len += k;
    if (hit) break;
  }
  (*line)[len] = 0;
  return static_cast<ssize_t>(len);
}

extern "C" ssize_t getline(char** __restrict line, size_t* __restrict cap, FILE* __restrict f) {
  return getdelim(line, cap, '\n', f);
}
