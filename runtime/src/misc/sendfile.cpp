// In-kernel copies: sendfile and copy_file_range.
#include <sys/sendfile.h>
#include <unistd.h>

#include "support/errno.h"

extern "C" {

ssize_t sendfile(int out_fd, int in_fd, off_t* offset, size_t count) {
  return pure::to_errno(pure::syscall(__NR_sendfile, out_fd, in_fd, offset, count));
}

ssize_t copy_file_range(int fd_in, off_t* off_in, int fd_out, off_t* off_out, size_t len, unsigned int flags) {
  return pure::to_errno(pure::syscall(__NR_copy_file_range, fd_in, off_in, fd_out, off_out, len, flags));
}

}  // extern "C"

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(sendfile, sendfile64);
