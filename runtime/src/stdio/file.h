// The FILE object and the internal stream layer every stdio function is built on.
//
// A stream is a buffer over a backend: a file descriptor, or (memory buffers, cookies)
// four operations that return kernel-style results (>= 0 or -errno). The buffer
// is either reading (rpos..rend holds data not yet consumed) or writing (buf..wpos holds
// data not yet written), never both. Each FILE has a recursive lock keyed by thread id.
#pragma once
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "support/lock.h"
#include "support/syscall.h"

namespace pure::stdio {

struct Ops {
  long (*read)(FILE* f, unsigned char* buf, size_t n);         // bytes read, 0 at end
  long (*write)(FILE* f, const unsigned char* buf, size_t n);  // bytes written (> 0)
  long (*seek)(FILE* f, long off, int whence);                 // the new position
  int (*close)(FILE* f);                                       // 0 or -errno
};

enum Flags : unsigned {
  kCanRead = 1u << 0,
  kCanWrite = 1u << 1,
  kAppend = 1u << 2,
  kEof = 1u << 3,
  kError = 1u << 4,
  kLineBuffered = 1u << 5,
  kUnbuffered = 1u << 6,
  kProbeTty = 1u << 7,      // choose line buffering at first use if the fd is a terminal
  kUserBuffer = 1u << 8,    // buf belongs to the caller (setvbuf)
  kStatic = 1u << 9,        // stdin/stdout/stderr: never freed
  kNoLock = 1u << 10,       // __fsetlocking(FSETLOCKING_BYCALLER)
  kBufferChosen = 1u << 11, // setvbuf is no longer allowed to change it
  kMemory = 1u << 12,       // memory backend: reads need no terminal flush, no 1-byte reads
  kPopen = 1u << 13,        // from popen: cookie holds the child's pid
};

}  // namespace pure::stdio

struct __pure_file {
  unsigned char* rpos;  // reading: next byte to hand out
  unsigned char* rend;  // reading: end of buffered data
  unsigned char* wpos;  // writing: end of pending data (null when not writing)
  unsigned char* buf;
  size_t buf_size;
  unsigned flags;
  int fd;
  int orientation;  // 0 undecided, < 0 bytes, > 0 wide (fwide)
  const pure::stdio::Ops* ops;  // null: the backend is the file descriptor fd
  void* cookie;     // backend state for memory and cookie streams
  // Recursive lock: owner is the holder's tid, depth its nesting.
  pure::Lock lock;
  int owner;
  int depth;
  FILE* prev;  // all open streams, for fflush(NULL) and exit
  FILE* next;
  unsigned char tiny[8];  // the buffer of unbuffered streams (room for ungetc pushback)
  unsigned int wide_state[2];  // partial multibyte input of the wide functions
  char* line;       // fgetln's copy of a line the buffer did not hold whole
  size_t line_cap;
};

namespace pure::stdio {

// Buffer size of streams opened by fopen and friends.
inline constexpr size_t kBufferSize = BUFSIZ;

// The backend operations. File descriptors, by far the common case, are served by direct
// system calls (no table, no indirect call, nothing to link for programs that only use
// the standard streams).
inline long backend_read(FILE* f, unsigned char* buf, size_t n) {
  return f->ops ? f->ops->read(f, buf, n) : pure::syscall(__NR_read, f->fd, buf, n);
}
inline long backend_write(FILE* f, const unsigned char* buf, size_t n) {
  return f->ops ? f->ops->write(f, buf, n) : pure::syscall(__NR_write, f->fd, buf, n);
}
inline long backend_seek(FILE* f, long off, int whence) {
  return f->ops ? f->ops->seek(f, off, whence) : pure::syscall(__NR_lseek, f->fd, off, whence);
}
inline int backend_close(FILE* f) {
  return f->ops ? f->ops->close(f) : static_cast<int>(pure::syscall(__NR_close, f->fd));
}

// Recursive per-stream locking (no-ops for FSETLOCKING_BYCALLER streams).
void lock_file(FILE* f);
void unlock_file(FILE* f);
bool try_lock_file(FILE* f);

class FileGuard {
 public:
  explicit FileGuard(FILE* f) : f_(f) { lock_file(f_); }
  ~FileGuard() { unlock_file(f_); }
  FileGuard(const FileGuard&) = delete;
  FileGuard& operator=(const FileGuard&) = delete;

 private:
  FILE* f_;
};

// A new stream over `ops` (null: the descriptor fd) with a malloc'ed buffer; linked into the list of open streams.
// Returns null with errno set (ENOMEM).
FILE* new_file(int fd, unsigned flags, const Ops* ops, void* cookie);
// Unlinks and frees a stream (after its backend was closed).
void free_file(FILE* f);
void link_file(FILE* f);
void unlink_file(FILE* f);

// The core operations; the caller holds the lock. They set the stream's error flag and
// errno on failure.
int flush_unlocked(FILE* f);                          // 0 or EOF
size_t write_unlocked(FILE* f, const void* p, size_t n);  // bytes accepted
size_t read_unlocked(FILE* f, void* p, size_t n);         // bytes delivered
int getc_slow(FILE* f);                                // refills; EOF at end/error
int putc_slow(FILE* f, int c);
// Gives up a read buffer (moving the descriptor back to the logical position); -errno.
long drop_read_buffer(FILE* f);
// Prepares the buffer for reading/writing; false (with errno and error flag) if the
// stream cannot.
bool to_read_mode(FILE* f);
bool to_write_mode(FILE* f);
// The logical position (what ftell reports), or -errno.
long tell_unlocked(FILE* f);
long seek_unlocked(FILE* f, long off, int whence);  // 0 or -errno

inline int getc_unlocked_inline(FILE* f) {
  if (f->rpos < f->rend) return *f->rpos++;
  return getc_slow(f);
}
inline int putc_unlocked_inline(FILE* f, int c) {
  if (f->wpos && f->wpos < f->buf + f->buf_size && !(f->flags & (kLineBuffered | kUnbuffered))) {
    *f->wpos++ = static_cast<unsigned char>(c);
    return static_cast<unsigned char>(c);
  }
  return putc_slow(f, c);
}

// Flushes every stream; with `line_only`, just the line-buffered ones (before a read
// from a terminal). Streams locked by another thread are skipped in that case.
int flush_all(bool line_only);

// Parses an fopen mode string into open(2) flags and stream flags; false for EINVAL.
bool parse_mode(const char* mode, int* oflags, unsigned* flags);

}  // namespace pure::stdio
