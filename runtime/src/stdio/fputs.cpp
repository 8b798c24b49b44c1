// fputs and puts.
#include "stdio/file.h"

using namespace pure::stdio;

extern "C" int fputs_unlocked(const char* __restrict s, FILE* __restrict f) {
  size_t n = __builtin_strlen(s);
  if (write_unlocked(f, s, n) != n) return EOF;
  return 1;
}

extern "C" int fputs(const char* __restrict s, FILE* __restrict f) {
  FileGuard g(f);
  return fputs_unlocked(s, f);
}

extern "C" int puts(const char* s) {
  FileGuard g(stdout);
  if (fputs_unlocked(s, stdout) == EOF) return EOF;
  if (putc_unlocked_inline(stdout, '\n') == EOF) return EOF;
  return 1;
}
