// ungetc: pushes a byte back in front of the buffered input.
#include "stdio/file.h"

using namespace pure::stdio;

extern "C" int ungetc(int c, FILE* f) {
  if (c == EOF) return EOF;
  FileGuard g(f);
  if (!to_read_mode(f)) return EOF;
  if (f->rpos == f->buf) {
    // Refills start at the buffer's beginning, so the room is at its end: shift the
    // unread bytes up by one.
    size_t unread = static_cast<size_t>(f->rend - f->rpos);
    if (unread >= f->buf_size) return EOF;
    __builtin_memmove(f->buf + 1, f->buf, unread);
    f->rend++;
    f->rpos++;
  }
  *--f->rpos = static_cast<unsigned char>(c);
  f->flags &= ~kEof;
  return static_cast<unsigned char>(c);
}
