// read, write, pread, pwrite: straight system calls, and cancellation points.
#include <unistd.h>

#include "support/errno.h"
#include "thread/cancel.h"

extern "C" {

ssize_t read(int fd, void* buf, size_t count) {
  return pure::to_errno(pure::syscall_cp(__NR_read, fd, buf, count));
}

ssize_t write(int fd, const void* buf, size_t count) {
  return pure::to_errno(pure::syscall_cp(__NR_write, fd, buf, count));
}

ssize_t pread(int fd, void* buf, size_t count, off_t offset) {
  return pure::to_errno(pure::syscall_cp(__NR_pread64, fd, buf, count, offset));
}

ssize_t pwrite(int fd, const void* buf, size_t count, off_t offset) {
  return pure::to_errno(pure::syscall_cp(__NR_pwrite64, fd, buf, count, offset));
}

}  // extern "C"

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(pread, pread64);
PURE_ALIAS(pwrite, pwrite64);
