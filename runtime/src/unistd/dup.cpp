// dup, dup2, dup3.
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "support/errno.h"

extern "C" {

int dup(int fd) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_dup, fd))); }

// aarch64 has no dup2 system call, and dup3 refuses fd == fd2, where dup2 must check that
// fd is open and then do nothing: fcntl(F_GETFD) makes that check.
int dup2(int fd, int fd2) {
  if (fd == fd2) {
    long r = pure::syscall(__NR_fcntl, fd, F_GETFD);
    return static_cast<int>(pure::is_error(r) ? pure::to_errno(r) : fd);
  }
  long r;
  do r = pure::syscall(__NR_dup3, fd, fd2, 0);
  while (r == -EBUSY);  // a race with open() in another thread: the kernel asks to retry
  return static_cast<int>(pure::to_errno(r));
}

int dup3(int fd, int fd2, int flags) {
  long r;
  do r = pure::syscall(__NR_dup3, fd, fd2, flags);
  while (r == -EBUSY);
  return static_cast<int>(pure::to_errno(r));
}

}  // extern "C"
