// printf, fprintf, vprintf, vfprintf: formatted output to streams.
#include <stdarg.h>

#include "stdio/printf_sink.h"

using namespace pure::stdio;

extern "C" {

int vfprintf(FILE* __restrict f, const char* __restrict fmt, va_list ap) {
  FileGuard g(f);
  return print_to_file(f, fmt, ap);
}

int fprintf(FILE* __restrict f, const char* __restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfprintf(f, fmt, ap);
  va_end(ap);
  return r;
}

int vprintf(const char* __restrict fmt, va_list ap) { return vfprintf(stdout, fmt, ap); }

int printf(const char* __restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfprintf(stdout, fmt, ap);
  va_end(ap);
  return r;
}

}  // extern "C"
