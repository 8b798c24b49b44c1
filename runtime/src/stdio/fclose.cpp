// fclose: flushes, closes the backend, frees the stream; reports a failed flush or close.
#include <errno.h>

#include "stdio/file.h"
#include "support/errno.h"

using namespace pure::stdio;

extern "C" int fclose(FILE* f) {
  // The standard streams stay listed so that freopen can bring them back.
  if (!(f->flags & kStatic)) unlink_file(f);
  lock_file(f);
  int result = flush_unlocked(f);
  int saved = errno;
  int r = backend_close(f);
  if (r < 0 && result == 0) {
    saved = -r;
    result = EOF;
  }
  unlock_file(f);
  if (f->flags & kStatic) {
    // The standard streams' storage stays; the stream is closed until freopen.
    f->flags &= kStatic | kUnbuffered | kLineBuffered;
    f->rpos = f->rend = f->wpos = nullptr;
    f->fd = -1;
  }
  free_file(f);
  if (result) errno = saved;
  return result;
}
