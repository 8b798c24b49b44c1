// getsockopt and setsockopt.
#include <sys/socket.h>

#include "support/errno.h"

extern "C" {

int getsockopt(int fd, int level, int name, void* __restrict value, socklen_t* __restrict len) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_getsockopt, fd, level, name, value, len)));
}

int setsockopt(int fd, int level, int name, const void* value, socklen_t len) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_setsockopt, fd, level, name, value, len)));
}

}  // extern "C"
