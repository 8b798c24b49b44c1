// lseek.
#include <unistd.h>

#include "support/errno.h"

extern "C" off_t lseek(int fd, off_t offset, int whence) {
  return pure::to_errno(pure::syscall(__NR_lseek, fd, offset, whence));
}

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(lseek, lseek64);
