// accept and accept4; accept is accept4 without flags, the same system call as the kernel
// itself uses for accept.
#define _GNU_SOURCE 1
#include <sys/socket.h>

#include "support/errno.h"
#include "thread/cancel.h"

extern "C" {

int accept4(int fd, struct sockaddr* __restrict addr, socklen_t* __restrict len, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_accept4, fd, addr, len, flags)));
}

int accept(int fd, struct sockaddr* __restrict addr, socklen_t* __restrict len) {
  return accept4(fd, addr, len, 0);
}

}  // extern "C"
