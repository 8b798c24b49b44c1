// Positioning: fseek, fseeko, ftell, ftello, rewind, fgetpos, fsetpos.
#include <errno.h>
#include <limits.h>

#include "stdio/file.h"
#include "support/errno.h"

using namespace pure::stdio;

extern "C" {

int fseeko(FILE* f, off_t off, int whence) {
  FileGuard g(f);
  return static_cast<int>(pure::to_errno(seek_unlocked(f, off, whence)));
}

int fseek(FILE* f, long off, int whence) { return fseeko(f, off, whence); }

off_t ftello(FILE* f) {
  FileGuard g(f);
  return pure::to_errno(tell_unlocked(f));
}

long ftell(FILE* f) { return ftello(f); }

void rewind(FILE* f) {
  FileGuard g(f);
  seek_unlocked(f, 0, SEEK_SET);
  f->flags &= ~kError;
}

int fgetpos(FILE* __restrict f, fpos_t* __restrict pos) {
  FileGuard g(f);
  long r = tell_unlocked(f);
  if (pure::to_errno(r) < 0) return -1;
  pos->__pos = r;
  pos->__state[0] = f->wide_state[0];
  pos->__state[1] = f->wide_state[1];
  return 0;
}

int fsetpos(FILE* f, const fpos_t* pos) {
  FileGuard g(f);
  if (pure::to_errno(seek_unlocked(f, static_cast<long>(pos->__pos), SEEK_SET)) < 0) return -1;
  f->wide_state[0] = pos->__state[0];
  f->wide_state[1] = pos->__state[1];
  return 0;
}

}  // extern "C"

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(fgetpos, fgetpos64);
PURE_ALIAS(fsetpos, fsetpos64);
PURE_ALIAS(fseeko, fseeko64);
PURE_ALIAS(ftello, ftello64);
