// truncate and ftruncate.
#include <unistd.h>

#include "support/errno.h"

extern "C" {

int truncate(const char* path, off_t length) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_truncate, path, length)));
}

int ftruncate(int fd, off_t length) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_ftruncate, fd, length)));
}

}  // extern "C"

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(truncate, truncate64);
PURE_ALIAS(ftruncate, ftruncate64);
