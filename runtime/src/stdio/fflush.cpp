// fflush: writes out a stream's buffer, or every stream's with a null argument.
#include "stdio/file.h"

using namespace pure::stdio;

extern "C" int fflush(FILE* f) {
  if (!f) return flush_all(false);
  FileGuard g(f);
  return flush_unlocked(f);
}

extern "C" int fflush_unlocked(FILE* f) {
  if (!f) return flush_all(false);
  return flush_unlocked(f);
}
