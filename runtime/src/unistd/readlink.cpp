// readlink and readlinkat.
#include <fcntl.h>
#include <unistd.h>

#include "support/errno.h"

extern "C" {

ssize_t readlinkat(int dirfd, const char* __restrict path, char* __restrict buf, size_t size) {
  // The kernel rejects a zero size with EINVAL, as POSIX allows; nothing to special-case.
  return pure::to_errno(pure::syscall(__NR_readlinkat, dirfd, path, buf, size));
}

ssize_t readlink(const char* __restrict path, char* __restrict buf, size_t size) {
  return readlinkat(AT_FDCWD, path, buf, size);
}

}  // extern "C"
