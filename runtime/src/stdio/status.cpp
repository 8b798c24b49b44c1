// Stream status: feof, ferror, clearerr, fileno and their unlocked forms.
#include <errno.h>

#include "stdio/file.h"
#include "support/errno.h"

using namespace pure::stdio;

extern "C" {

int feof_unlocked(FILE* f) { return (f->flags & kEof) != 0; }
int ferror_unlocked(FILE* f) { return (f->flags & kError) != 0; }
void clearerr_unlocked(FILE* f) { f->flags &= ~(kEof | kError); }
int fileno_unlocked(FILE* f) {
  if (f->ops || f->fd < 0) return pure::fail(EBADF, -1);
  return f->fd;
}

int feof(FILE* f) {
  FileGuard g(f);
  return feof_unlocked(f);
}
int ferror(FILE* f) {
  FileGuard g(f);
  return ferror_unlocked(f);
}
void clearerr(FILE* f) {
  FileGuard g(f);
  clearerr_unlocked(f);
}
int fileno(FILE* f) {
  FileGuard g(f);
  return fileno_unlocked(f);
}

}  // extern "C"
