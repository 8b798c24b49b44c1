// Byte output: fputc, putc, putchar and their unlocked forms; putw.
#include "stdio/file.h"

using namespace pure::stdio;

extern "C" {

int putc_unlocked(int c, FILE* f) { return putc_unlocked_inline(f, c); }
int fputc_unlocked(int c, FILE* f) { return putc_unlocked_inline(f, c); }
int putchar_unlocked(int c) { return putc_unlocked_inline(stdout, c); }

int fputc(int c, FILE* f) {
  FileGuard g(f);
  return putc_unlocked_inline(f, c);
}
int putc(int c, FILE* f) { return fputc(c, f); }
int putchar(int c) { return fputc(c, stdout); }

int putw(int w, FILE* f) { return fwrite(&w, sizeof w, 1, f) == 1 ? 0 : EOF; }

}  // extern "C"
