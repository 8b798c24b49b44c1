// recv, recvfrom, recvmsg, recvmmsg. recv is recvfrom without an address (aarch64 has no
// recv system call).
#define _GNU_SOURCE 1
#include <sys/socket.h>

#include "support/errno.h"
#include "thread/cancel.h"

extern "C" {

ssize_t recvfrom(int fd, void* __restrict buf, size_t len, int flags, struct sockaddr* __restrict addr,
                 socklen_t* __restrict addrlen) {
  return pure::to_errno(pure::syscall_cp(__NR_recvfrom, fd, buf, len, flags, addr, addrlen));
}

ssize_t recv(int fd, void* buf, size_t len, int flags) {
  return recvfrom(fd, buf, len, flags, nullptr, nullptr);
}

ssize_t recvmsg(int fd, struct msghdr* msg, int flags) {
  return pure::to_errno(pure::syscall_cp(__NR_recvmsg, fd, msg, flags));
}

int recvmmsg(int fd, struct mmsghdr* vec, unsigned int vlen, int flags, struct timespec* timeout) {
  return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_recvmmsg, fd, vec, vlen, flags, timeout)));
}

}  // extern "C"
