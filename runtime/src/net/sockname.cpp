// getsockname and getpeername.
#include <sys/socket.h>

#include "support/errno.h"

extern "C" {

int getsockname(int fd, struct sockaddr* __restrict addr, socklen_t* __restrict len) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_getsockname, fd, addr, len)));
}

int getpeername(int fd, struct sockaddr* __restrict addr, socklen_t* __restrict len) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_getpeername, fd, addr, len)));
}

}  // extern "C"
