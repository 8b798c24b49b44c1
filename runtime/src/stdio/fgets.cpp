// fgets: a line (or what fits) from a stream, scanning the buffer for the newline.
#include "stdio/file.h"

using namespace pure::stdio;

extern "C" char* fgets_unlocked(char* __restrict s, int n, FILE* __restrict f) {
  if (n <= 0) return nullptr;
  if (n == 1) {
    // Room only for the terminator: nothing is read (and it is not end of file).
    s[0] = 0;
    return s;
  }
  size_t left = static_cast<size_t>(n) - 1;
  char* out = s;
  while (left) {
    if (f->rpos >= f->rend) {
      int c = getc_slow(f);
      if (c == EOF) break;
      *out++ = static_cast<char>(c);
      left--;
      if (c == '\n') break;
      continue;
    }
    size_t avail = static_cast<size_t>(f->rend - f->rpos);
    if (avail > left) avail = left;
    const void* nl = __builtin_memchr(f->rpos, '\n', avail);
    size_t k = nl ? static_cast<size_t>(static_cast<const unsigned char*>(nl) - f->rpos) + 1 : avail;
    __builtin_memcpy(out, f->rpos, k);
    f->rpos += k;
    out += k;
    left -= k;
    if (nl) break;
  }
  if (out == s) return nullptr;  // end of file or an error before any character
  *out = 0;
  return s;
}

extern "C" char* fgets(char* __restrict s, int n, FILE* __restrict f) {
  FileGuard g(f);
  return fgets_unlocked(s, n, f);
}
