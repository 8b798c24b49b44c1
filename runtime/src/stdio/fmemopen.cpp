// fmemopen: a stream over a caller's buffer of fixed size (POSIX 2008).
#include <errno.h>
#include <stdlib.h>

#include "stdio/file.h"
#include "support/errno.h"

using namespace pure::stdio;

namespace {

struct MemBuffer {
  unsigned char* buf;
  size_t size;
  size_t pos;
  size_t len;  // end of the data: reads stop here, SEEK_END is relative to it
  bool own;    // allocated by fmemopen (null buffer argument)
  bool append;
};

MemBuffer* mem(FILE* f) { return static_cast<MemBuffer*>(f->cookie); }

long mem_read(FILE* f, unsigned char* out, size_t n) {
  MemBuffer* m = mem(f);
  size_t avail = m->pos < m->len ? m->len - m->pos : 0;
  if (n > avail) n = avail;
  __builtin_memcpy(out, m->buf + m->pos, n);
  m->pos += n;
  return static_cast<long>(n);
}

long mem_write(FILE* f, const unsigned char* in, size_t n) {
  MemBuffer* m = mem(f);
  if (m->append) m->pos = m->len;
  size_t room = m->size - m->pos;
  if (room == 0) return -ENOSPC;
  if (n > room) n = room;
  __builtin_memcpy(m->buf + m->pos, in, n);
  m->pos += n;
  if (m->pos > m->len) m->len = m->pos;
  if (m->len < m->size) m->buf[m->len] = 0;  // keep the contents a string while it fits
  return static_cast<long>(n);
}

long mem_seek(FILE* f, long off, int whence) {
  MemBuffer* m = mem(f);
  long base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? static_cast<long>(m->pos) : static_cast<long>(m->len);
  long target;
  if (__builtin_add_overflow(base, off, &target) || target < 0 || static_cast<size_t>(target) > m->size)
    return -EINVAL;
  m->pos = static_cast<size_t>(target);
  return target;
}

int mem_close(FILE* f) {
  MemBuffer* m = mem(f);
  if (m->own) free(m->buf);
  free(m);
  return 0;
}

constinit const Ops kMemOps = {mem_read, mem_write, mem_seek, mem_close};

}  // namespace

extern "C" FILE* fmemopen(void* __restrict buf, size_t size, const char* __restrict mode) {
  int oflags;
  unsigned flags;
  if (!mode || !parse_mode(mode, &oflags, &flags) || size == 0) return pure::fail(EINVAL, nullptr);
  MemBuffer* m = static_cast<MemBuffer*>(malloc(sizeof(MemBuffer)));
  if (!m) return nullptr;
  m->own = buf == nullptr;
  m->buf = static_cast<unsigned char*>(buf);
  if (m->own) {
    m->buf = static_cast<unsigned char*>(calloc(1, size));
    if (!m->buf) {
      free(m);
      return nullptr;
    }
  }
  m->size = size;
  m->append = (flags & kAppend) != 0;
  m->pos = 0;
  switch (mode[0]) {
    case 'r': m->len = size; break;
    case 'w': m->len = 0, m->buf[0] = 0; break;
    default: {  // 'a': the data ends at the first null byte
      size_t n = 0;
      while (n < size && m->buf[n]) n++;
      m->len = m->pos = n;
    }
  }
  FILE* f = new_file(-1, flags | kUnbuffered | kMemory | kBufferChosen, &kMemOps, m);
  if (!f) {
    if (m->own) free(m->buf);
    free(m);
  }
  return f;
}
