// The stream core: the standard streams, the list of open streams, locking, and the
// buffered read/write/seek logic every stdio function uses.
#include "stdio/file.h"

#include <errno.h>
#include <asm/ioctls.h>
#include <linux/fcntl.h>

#include "support/syscall.h"
#include "thread/thread.h"

static_assert(SEEK_SET == 0 && SEEK_CUR == 1 && SEEK_END == 2, "lseek whence values");

namespace pure::stdio {
namespace {

alignas(16) constinit unsigned char stdin_buffer[kBufferSize];
alignas(16) constinit unsigned char stdout_buffer[kBufferSize];

extern FILE stdout_file;
extern FILE stderr_file;

constinit FILE stdin_file = {
    .rpos = nullptr, .rend = nullptr, .wpos = nullptr, .buf = stdin_buffer, .buf_size = kBufferSize,
    .flags = kCanRead | kProbeTty | kStatic, .fd = 0, .orientation = 0, .ops = nullptr,
    .cookie = nullptr, .lock = {}, .owner = 0, .depth = 0, .prev = nullptr, .next = &stdout_file,
    .tiny = {}, .wide_state = {}, .line = nullptr, .line_cap = 0};
constinit FILE stdout_file = {
    .rpos = nullptr, .rend = nullptr, .wpos = nullptr, .buf = stdout_buffer, .buf_size = kBufferSize,
    .flags = kCanWrite | kProbeTty | kStatic, .fd = 1, .orientation = 0, .ops = nullptr,
    .cookie = nullptr, .lock = {}, .owner = 0, .depth = 0, .prev = &stdin_file, .next = &stderr_file,
    .tiny = {}, .wide_state = {}, .line = nullptr, .line_cap = 0};
constinit FILE stderr_file = {
    .rpos = nullptr, .rend = nullptr, .wpos = nullptr, .buf = stderr_file.tiny, .buf_size = 1,
    .flags = kCanWrite | kUnbuffered | kStatic | kBufferChosen, .fd = 2, .orientation = 0,
    .ops = nullptr, .cookie = nullptr, .lock = {}, .owner = 0, .depth = 0, .prev = &stdout_file,
    .next = nullptr, .tiny = {}, .wide_state = {}, .line = nullptr, .line_cap = 0};

constinit Lock list_lock;
constinit FILE* list_head = &stdin_file;

int self_tid() { return current_thread()->tid; }

// Writes all n bytes through the backend, retrying short writes. Out of line: three
// callers, none of them hot enough to want their own copy.
[[gnu::noinline]] size_t write_all(FILE* f, const unsigned char* p, size_t n) {
  size_t done = 0;
  while (done < n) {
    long r = backend_write(f, p + done, n - done);
    if (r <= 0) {
      f->flags |= kError;
      errno = r < 0 ? static_cast<int>(-r) : EIO;
      break;
    }
    done += static_cast<size_t>(r);
  }
  return done;
}

// The first use of a standard stream decides its buffering: line-buffered on a terminal.
void settle_buffering(FILE* f) {
  if (!(f->flags & kProbeTty)) return;
  f->flags &= ~kProbeTty;
  f->flags |= kBufferChosen;
  alignas(8) unsigned char termios_buf[256];
  if (!is_error(syscall(__NR_ioctl, f->fd, TCGETS, termios_buf))) f->flags |= kLineBuffered;
}

// Reads into the buffer; false at end of file or on error (flags set).
bool refill(FILE* f) {
  if (f->flags & kEof) return false;
  if ((f->flags & (kLineBuffered | kUnbuffered)) && !(f->flags & kMemory)) flush_all(true);
  size_t want = (f->flags & kUnbuffered) && !(f->flags & kMemory) ? 1 : f->buf_size;
  long r = backend_read(f, f->buf, want);
  if (r <= 0) {
    if (r < 0) {
      f->flags |= kError;
      errno = static_cast<int>(-r);
    } else {
      f->flags |= kEof;
    }
    f->rpos = f->rend = f->buf;
    return false;
  }
  f->rpos = f->buf;
  f->rend = f->buf + r;
  return true;
}

}  // namespace

void lock_file(FILE* f) {
  if (f->flags & kNoLock) return;
  int self = self_tid();
  if (__atomic_load_n(&f->owner, __ATOMIC_RELAXED) == self) {
    f->depth++;
    return;
  }
  f->lock.lock();
  __atomic_store_n(&f->owner, self, __ATOMIC_RELAXED);
  f->depth = 1;
}

bool try_lock_file(FILE* f) {
  if (f->flags & kNoLock) return true;
  int self = self_tid();
  if (__atomic_load_n(&f->owner, __ATOMIC_RELAXED) == self) {
    f->depth++;
    return true;
  }
  if (!f->lock.try_lock()) return false;
  __atomic_store_n(&f->owner, self, __ATOMIC_RELAXED);
  f->depth = 1;
  return true;
}

void unlock_file(FILE* f) {
  if (f->flags & kNoLock) return;
  if (--f->depth == 0) {
    __atomic_store_n(&f->owner, 0, __ATOMIC_RELAXED);
    f->lock.unlock();
  }
}

void link_file(FILE* f) {
  LockGuard g(list_lock);
  f->prev = nullptr;
  f->next = list_head;
  if (list_head) list_head->prev = f;
  list_head = f;
}

void unlink_file(FILE* f) {
  LockGuard g(list_lock);
  if (f->prev) f->prev->next = f->next;
  else if (list_head == f) list_head = f->next;
  if (f->next) f->next->prev = f->prev;
  f->prev = f->next = nullptr;
}

long drop_read_buffer(FILE* f) {
  long r = 0;
  if (f->rend && f->rend > f->rpos) {
    r = backend_seek(f, -static_cast<long>(f->rend - f->rpos), SEEK_CUR);
    if (r == -ESPIPE) r = 0;  // a pipe cannot give the bytes back; they are gone
  }
  f->rpos = f->rend = nullptr;
  return r < 0 ? r : 0;
}

bool to_write_mode(FILE* f) {
  if (f->wpos) return true;
  if (!(f->flags & kCanWrite)) {
    f->flags |= kError;
    errno = EBADF;
    return false;
  }
  settle_buffering(f);
  if (f->orientation == 0) f->orientation = -1;
  if (f->rend) {
    long r = drop_read_buffer(f);
    if (r < 0) {
      f->flags |= kError;
      errno = static_cast<int>(-r);
      return false;
    }
  }
  f->flags &= ~kEof;
  f->flags |= kBufferChosen;
  f->wpos = f->buf;
  return true;
}

bool to_read_mode(FILE* f) {
  if (f->rend) return true;
  if (!(f->flags & kCanRead)) {
    f->flags |= kError;
    errno = EBADF;
    return false;
  }
  settle_buffering(f);
  if (f->orientation == 0) f->orientation = -1;
  if (f->wpos) {
    if (flush_unlocked(f) != 0) return false;
    f->wpos = nullptr;
  }
  f->flags |= kBufferChosen;
  f->rpos = f->rend = f->buf;
  return true;
}

int flush_unlocked(FILE* f) {
  if (f->wpos) {
    size_t n = static_cast<size_t>(f->wpos - f->buf);
    size_t done = write_all(f, f->buf, n);
    if (done < n) {
      // Keep what could not be written so a later flush may retry it. A plain loop: this
      // path is rare, and it must not link memmove into every program that uses stdio.
      for (size_t i = done; i < n; i++) f->buf[i - done] = f->buf[i];
      f->wpos = f->buf + (n - done);
      return EOF;
    }
    f->wpos = f->buf;
    return 0;
  }
  if (f->rend) {
    // POSIX: flushing a seekable input stream moves the file offset to the stream's.
    long r = drop_read_buffer(f);
    if (r < 0) {
      f->flags |= kError;
      errno = static_cast<int>(-r);
      return EOF;
    }
  }
  return 0;
}

size_t write_unlocked(FILE* f, const void* p, size_t n) {
  if (!to_write_mode(f)) return 0;
  const unsigned char* src = static_cast<const unsigned char*>(p);
  if (f->flags & kUnbuffered) {
    if (f->wpos > f->buf && flush_unlocked(f) != 0) return 0;
    return write_all(f, src, n);
  }
  if (f->flags & kLineBuffered) {
    // Transmit through the last newline; what follows it stays buffered.
    size_t cut = n;
    while (cut > 0 && src[cut - 1] != '\n') cut--;
    if (cut > 0) {
      f->flags &= ~kLineBuffered;
      size_t done = write_unlocked(f, src, cut);
      f->flags |= kLineBuffered;
      if (done < cut || flush_unlocked(f) != 0) return done;
      return cut + (cut < n ? write_unlocked(f, src + cut, n - cut) : 0);
    }
  }
  size_t done = 0;
  while (done < n) {
    size_t room = static_cast<size_t>(f->buf + f->buf_size - f->wpos);
    if (f->wpos == f->buf && n - done >= f->buf_size) {
      // Larger than the buffer: no point copying it first.
      return done + write_all(f, src + done, n - done);
    }
    if (room == 0) {
      if (flush_unlocked(f) != 0) return done;
      continue;
    }
    size_t k = n - done < room ? n - done : room;
    __builtin_memcpy(f->wpos, src + done, k);
    f->wpos += k;
    done += k;
  }
  return done;
}

size_t read_unlocked(FILE* f, void* p, size_t n) {
  if (n == 0) return 0;
  if (!to_read_mode(f)) return 0;
  unsigned char* dst = static_cast<unsigned char*>(p);
  size_t done = 0;
  size_t avail = static_cast<size_t>(f->rend - f->rpos);
  if (avail) {
    size_t k = avail < n ? avail : n;
    __builtin_memcpy(dst, f->rpos, k);
    f->rpos += k;
    done = k;
  }
  while (done < n) {
    if (f->flags & kEof) break;
    if (n - done >= f->buf_size) {
      // Large reads go straight into the caller's memory.
      if ((f->flags & (kLineBuffered | kUnbuffered)) && !(f->flags & kMemory)) flush_all(true);
      long r = backend_read(f, dst + done, n - done);
      if (r < 0) {
        f->flags |= kError;
        errno = static_cast<int>(-r);
        break;
      }
      if (r == 0) {
        f->flags |= kEof;
        break;
      }
      done += static_cast<size_t>(r);
      continue;
    }
    if (!refill(f)) break;
    size_t k = static_cast<size_t>(f->rend - f->rpos);
    if (k > n - done) k = n - done;
    __builtin_memcpy(dst + done, f->rpos, k);
    f->rpos += k;
    done += k;
  }
  return done;
}

int getc_slow(FILE* f) {
  if (f->rpos && f->rpos < f->rend) return *f->rpos++;
  if (!to_read_mode(f)) return EOF;
  if (f->rpos < f->rend) return *f->rpos++;
  if (!refill(f)) return EOF;
  return *f->rpos++;
}

int putc_slow(FILE* f, int c) {
  unsigned char b = static_cast<unsigned char>(c);
  if (!to_write_mode(f)) return EOF;
  if ((f->flags & (kUnbuffered | kLineBuffered)) == 0 && f->wpos < f->buf + f->buf_size) {
    *f->wpos++ = b;
    return b;
  }
  if (write_unlocked(f, &b, 1) != 1) return EOF;
  if (f->flags & kError) return EOF;
  return b;
}

long tell_unlocked(FILE* f) {
  if ((f->flags & kAppend) && f->wpos && f->wpos > f->buf && flush_unlocked(f) != 0) return -errno;
  long pos = backend_seek(f, 0, SEEK_CUR);
  if (pos < 0) return pos;
  if (f->rend) pos -= f->rend - f->rpos;
  if (f->wpos) pos += f->wpos - f->buf;
  if (pos < 0) return -EIO;  // ungetc before the start of the file
  return pos;
}

long seek_unlocked(FILE* f, long off, int whence) {
  if (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END) return -EINVAL;
  if (f->wpos && f->wpos > f->buf && flush_unlocked(f) != 0) return -errno;
  if (whence == SEEK_CUR && f->rend) off -= f->rend - f->rpos;
  long r = backend_seek(f, off, whence);
  if (r < 0) return r;
  f->rpos = f->rend = nullptr;
  f->wpos = nullptr;
  f->flags &= ~kEof;
  f->wide_state[0] = f->wide_state[1] = 0;
  return 0;
}

int flush_all(bool line_only) {
  int result = 0;
  LockGuard g(list_lock);
  for (FILE* f = list_head; f; f = f->next) {
    if (line_only && !(f->flags & kLineBuffered)) continue;
    if (!__atomic_load_n(&f->wpos, __ATOMIC_RELAXED)) continue;  // nothing can be pending
    if (line_only) {
      if (!try_lock_file(f)) continue;
    } else {
      lock_file(f);
    }
    if (f->wpos && f->wpos > f->buf && flush_unlocked(f) != 0) result = EOF;
    unlock_file(f);
  }
  return result;
}

}  // namespace pure::stdio

namespace pure {
// At exit: flush what can be flushed, without waiting for streams another thread holds
// (a thread blocked reading stdin must not keep the process alive).
void stdio_exit() {
  using namespace stdio;
  LockGuard g(list_lock);
  for (FILE* f = list_head; f; f = f->next) {
    if (!f->wpos || !try_lock_file(f)) continue;
    if (f->wpos > f->buf) flush_unlocked(f);
    unlock_file(f);
  }
}

// fork support, for the process area's fork hooks. Taking every stream lock before
// fork could wait forever (a thread blocked in fgets(stdin) holds stdin's), so only the
// list lock is taken; in the child, locks held by threads that no longer exist are reset
// and the forking thread's own holds move to its new tid.
namespace {
constinit int forking_tid = 0;
}

void stdio_fork_prepare() {
  stdio::list_lock.lock();
  forking_tid = stdio::self_tid();
}

void stdio_fork_parent() { stdio::list_lock.unlock(); }

void stdio_fork_child() {
  using namespace stdio;
  int self = self_tid();
  for (FILE* f = list_head; f; f = f->next) {
    if (f->owner == forking_tid && f->depth > 0) {
      f->owner = self;
    } else {
      f->lock.reset();
      f->owner = 0;
      f->depth = 0;
    }
  }
  list_lock.reset();
}

}  // namespace pure

namespace pure::stdio {

bool parse_mode(const char* mode, int* oflags, unsigned* flags) {
  int o;
  unsigned fl;
  switch (mode[0]) {
    case 'r': o = O_RDONLY, fl = kCanRead; break;
    case 'w': o = O_WRONLY | O_CREAT | O_TRUNC, fl = kCanWrite; break;
    case 'a': o = O_WRONLY | O_CREAT | O_APPEND, fl = kCanWrite | kAppend; break;
    default: return false;
  }
  for (const char* m = mode + 1; *m; m++) {
    switch (*m) {
      case '+':
        o = (o & ~O_ACCMODE) | O_RDWR;
        fl |= kCanRead | kCanWrite;
        break;
      case 'x': o |= O_EXCL; break;
      case 'e': o |= O_CLOEXEC; break;
      case ',': *oflags = o, *flags = fl; return true;  // ",ccs=..." ends the flags
      default: break;  // 'b' and others mean nothing on Linux
    }
  }
  *oflags = o;
  *flags = fl;
  return true;
}

}  // namespace pure::stdio

extern "C" {
FILE* stdin = &pure::stdio::stdin_file;
FILE* stdout = &pure::stdio::stdout_file;
FILE* stderr = &pure::stdio::stderr_file;
}
