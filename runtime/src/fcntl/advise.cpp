// posix_fadvise, posix_fallocate, fallocate, readahead, sync_file_range.
#include <errno.h>
#include <fcntl.h>

#include "support/errno.h"

extern "C" {

// The posix_* functions return the error number instead of setting errno.
int posix_fadvise(int fd, off_t offset, off_t len, int advice) {
  return static_cast<int>(-pure::syscall(__NR_fadvise64, fd, offset, len, advice));
}

int posix_fallocate(int fd, off_t offset, off_t len) {
  if (offset < 0 || len <= 0) return EINVAL;
  long r;
  do r = pure::syscall(__NR_fallocate, fd, 0, offset, len);
  while (r == -EINTR);
  return static_cast<int>(-r);
}

int fallocate(int fd, int mode, off_t offset, off_t len) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_fallocate, fd, mode, offset, len)));
}

ssize_t readahead(int fd, off_t offset, size_t count) {
  return pure::to_errno(pure::syscall(__NR_readahead, fd, offset, count));
}

int sync_file_range(int fd, off_t offset, off_t nbytes, unsigned int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_sync_file_range, fd, offset, nbytes, flags)));
}

ssize_t splice(int fd_in, off_t* off_in, int fd_out, off_t* off_out, size_t len, unsigned int flags) {
  return pure::to_errno(pure::syscall(__NR_splice, fd_in, off_in, fd_out, off_out, len, flags));
}

ssize_t tee(int fd_in, int fd_out, size_t len, unsigned int flags) {
  return pure::to_errno(pure::syscall(__NR_tee, fd_in, fd_out, len, flags));
}

}  // extern "C"

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(fallocate, fallocate64);
PURE_ALIAS(posix_fadvise, posix_fadvise64);
PURE_ALIAS(posix_fallocate, posix_fallocate64);
