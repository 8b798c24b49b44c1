// Byte input: fgetc, getc, getchar and their unlocked forms; getw.
#include "stdio/file.h"

using namespace pure::stdio;

extern "C" {

int getc_unlocked(FILE* f) { return getc_unlocked_inline(f); }
int fgetc_unlocked(FILE* f) { return getc_unlocked_inline(f); }
int getchar_unlocked(void) { return getc_unlocked_inline(stdin); }

int fgetc(FILE* f) {
  FileGuard g(f);
  return getc_unlocked_inline(f);
}
int getc(FILE* f) { return fgetc(f); }
int getchar(void) { return fgetc(stdin); }

int getw(FILE* f) {
  int w;
  return fread(&w, sizeof w, 1, f) == 1 ? w : EOF;
}

}  // extern "C"
