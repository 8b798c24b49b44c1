// send, sendto, sendmsg, sendmmsg. send is sendto without an address (aarch64 has no
// send system call).
#define _GNU_SOURCE 1
#include <sys/socket.h>

#include "support/errno.h"
#include "thread/cancel.h"

extern "C" {

ssize_t sendto(int fd, const void* buf, size_t len, int flags, const struct sockaddr* addr,
               socklen_t addrlen) {
  return pure::to_errno(pure::syscall_cp(__NR_sendto, fd, buf, len, flags, addr, addrlen));
}

ssize_t send(int fd, const void* buf, size_t len, int flags) {
  return sendto(fd, buf, len, flags, nullptr, 0);
}

ssize_t sendmsg(int fd, const struct msghdr* msg, int flags) {
  return pure::to_errno(pure::syscall_cp(__NR_sendmsg, fd, msg, flags));
}

int sendmmsg(int fd, struct mmsghdr* vec, unsigned int vlen, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_sendmmsg, fd, vec, vlen, flags)));
}

}  // extern "C"
