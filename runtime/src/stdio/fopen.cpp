// fopen, fdopen, freopen: streams over file descriptors.
#include <errno.h>
#include <linux/fcntl.h>

#include "stdio/file.h"
#include "support/errno.h"
#include "support/syscall.h"

using namespace pure::stdio;

extern "C" FILE* fopen(const char* __restrict path, const char* __restrict mode) {
  int oflags;
  unsigned flags;
  if (!path || !mode || !parse_mode(mode, &oflags, &flags)) return pure::fail(EINVAL, nullptr);
  long fd = pure::syscall(__NR_openat, AT_FDCWD, path, oflags, 0666);
  if (pure::to_errno(fd) < 0) return nullptr;
  FILE* f = new_file(static_cast<int>(fd), flags, nullptr, nullptr);
  if (!f) {
    int saved = errno;
    pure::syscall(__NR_close, fd);
    errno = saved;
  }
  return f;
}

extern "C" FILE* fdopen(int fd, const char* mode) {
  int oflags;
  unsigned flags;
  if (!mode || !parse_mode(mode, &oflags, &flags)) return pure::fail(EINVAL, nullptr);
  long fl = pure::syscall(__NR_fcntl, fd, F_GETFL);
  if (pure::to_errno(fl) < 0) return nullptr;
  // The stream may not ask for more than the descriptor allows.
  int acc = static_cast<int>(fl) & O_ACCMODE;
  if (((flags & kCanRead) && acc == O_WRONLY) || ((flags & kCanWrite) && acc == O_RDONLY))
    return pure::fail(EINVAL, nullptr);
  if ((flags & kAppend) && !(fl & O_APPEND)) {
    if (pure::to_errno(pure::syscall(__NR_fcntl, fd, F_SETFL, fl | O_APPEND)) < 0) return nullptr;
  }
  if (oflags & O_CLOEXEC) pure::syscall(__NR_fcntl, fd, F_SETFD, FD_CLOEXEC);
  return new_file(fd, flags, nullptr, nullptr);
}

extern "C" FILE* freopen(const char* __restrict path, const char* __restrict mode, FILE* __restrict f) {
  int oflags;
  unsigned flags;
  if (!mode || !parse_mode(mode, &oflags, &flags)) {
    fclose(f);
    return pure::fail(EINVAL, nullptr);
  }
  FileGuard guard(f);
  flush_unlocked(f);
  if (!path) {
    // Same file, new mode: only what F_SETFL can change (append, non-blocking) and the
    // close-on-exec flag; the access mode must fit the descriptor's.
    if (f->ops) {  // not a descriptor
      errno = EBADF;
      return nullptr;
    }
    long fl = pure::syscall(__NR_fcntl, f->fd, F_GETFL);
    if (pure::to_errno(fl) < 0) return nullptr;
    int acc = static_cast<int>(fl) & O_ACCMODE;
    if (((flags & kCanRead) && acc == O_WRONLY) || ((flags & kCanWrite) && acc == O_RDONLY))
      return pure::fail(EINVAL, nullptr);
    long nfl = (fl & ~O_APPEND) | (oflags & O_APPEND);
    if (pure::to_errno(pure::syscall(__NR_fcntl, f->fd, F_SETFL, nfl)) < 0) return nullptr;
    pure::syscall(__NR_fcntl, f->fd, F_SETFD, (oflags & O_CLOEXEC) ? FD_CLOEXEC : 0);
  } else {
    long fd = pure::syscall(__NR_openat, AT_FDCWD, path, oflags, 0666);
    if (pure::is_error(fd)) {
      // POSIX: the original stream is closed even when the new open fails.
      backend_close(f);
      f->fd = -1;
      f->flags &= kStatic;
      return pure::fail(static_cast<int>(-fd), nullptr);
    }
    if (!f->ops && fd != f->fd && f->fd >= 0) {
      // Keep the descriptor number (stdout stays fd 1).
      long r = pure::syscall(__NR_dup3, fd, f->fd, (oflags & O_CLOEXEC) ? O_CLOEXEC : 0);
      pure::syscall(__NR_close, fd);
      if (pure::to_errno(r) < 0) return nullptr;
    } else {
      backend_close(f);
      f->fd = static_cast<int>(fd);
    }
    f->ops = nullptr;
    f->cookie = nullptr;
  }
  f->flags = (f->flags & (kStatic | kUserBuffer | kUnbuffered | kLineBuffered | kNoLock)) | flags;
  if (f->flags & kStatic && f->fd <= 2 && !(f->flags & kUnbuffered)) f->flags |= kProbeTty;
  f->rpos = f->rend = f->wpos = nullptr;
  f->orientation = 0;
  f->wide_state[0] = f->wide_state[1] = 0;
  return f;
}

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(fopen, fopen64);
PURE_ALIAS(freopen, freopen64);
