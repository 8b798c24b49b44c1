// readdir, readdir_r, rewinddir, seekdir, telldir, getdents64.
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "dirent/dir.h"
#include "support/errno.h"

namespace pure {

struct dirent* dir_next(DIR* d, int* error) {
  *error = 0;
  if (d->pos >= d->end) {
    long n = syscall(__NR_getdents64, d->fd, d->buf, sizeof d->buf);
    if (is_error(n)) {
      *error = static_cast<int>(-n);
      return nullptr;
    }
    if (n == 0) return nullptr;
    d->pos = 0;
    d->end = static_cast<size_t>(n);
  }
  auto* e = reinterpret_cast<struct dirent*>(d->buf + d->pos);
  d->pos += e->d_reclen;
  d->tell = e->d_off;
  return e;
}

}  // namespace pure

extern "C" {

// The end of the stream returns null and leaves errno alone, as POSIX requires.
struct dirent* readdir(DIR* d) {
  if (!d) return pure::fail(EBADF, static_cast<struct dirent*>(nullptr));
  pure::LockGuard guard(d->lock);
  int error;
  struct dirent* e = pure::dir_next(d, &error);
  if (error) errno = error;
  return e;
}

int readdir_r(DIR* __restrict d, struct dirent* __restrict entry, struct dirent** __restrict result) {
  if (!d) return EBADF;
  pure::LockGuard guard(d->lock);
  int error;
  struct dirent* e = pure::dir_next(d, &error);
  if (error) {
    *result = nullptr;
    return error;
  }
  if (e) {
    size_t n = e->d_reclen < sizeof *entry ? e->d_reclen : sizeof *entry;
    memcpy(entry, e, n);
    entry->d_name[sizeof entry->d_name - 1] = '\0';
    *result = entry;
  } else {
    *result = nullptr;
  }
  return 0;
}

void seekdir(DIR* d, long loc) {
  if (!d) return;
  pure::LockGuard guard(d->lock);
  if (pure::is_error(pure::syscall(__NR_lseek, d->fd, loc, SEEK_SET))) return;
  d->pos = d->end = 0;
  d->tell = loc;
}

void rewinddir(DIR* d) { seekdir(d, 0); }

long telldir(DIR* d) {
  if (!d) return pure::fail(EBADF, -1L);
  pure::LockGuard guard(d->lock);
  return d->tell;
}

ssize_t getdents64(int fd, void* buf, size_t len) {
  return pure::to_errno(pure::syscall(__NR_getdents64, fd, buf, len));
}

}  // extern "C"

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(readdir, readdir64);
PURE_ALIAS(readdir_r, readdir64_r);
