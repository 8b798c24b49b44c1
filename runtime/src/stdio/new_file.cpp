// Streams that are not the standard three: their FILE and buffer come from malloc. Kept
// apart from file.cpp so that a program using only stdin/stdout/stderr links no allocator.
#include <stdlib.h>

#include "stdio/file.h"

namespace pure::stdio {

FILE* new_file(int fd, unsigned flags, const Ops* ops, void* cookie) {
  void* mem = malloc(sizeof(FILE) + ((flags & kUnbuffered) ? 0 : kBufferSize));
  if (!mem) return nullptr;  // malloc set ENOMEM
  FILE* f = static_cast<FILE*>(mem);
  __builtin_memset(f, 0, sizeof(FILE));
  f->buf = reinterpret_cast<unsigned char*>(f + 1);
  f->buf_size = kBufferSize;
  if (flags & kUnbuffered) {
    f->buf = f->tiny;
    f->buf_size = sizeof f->tiny;
  }
  f->flags = flags;
  f->fd = fd;
  f->ops = ops;
  f->cookie = cookie;
  link_file(f);
  return f;
}

void free_file(FILE* f) {
  free(f->line);
  f->line = nullptr;
  f->line_cap = 0;
  if (!(f->flags & kStatic)) free(f);
}

}  // namespace pure::stdio
