// bind, listen, connect, shutdown: straight system calls.
#include <sys/socket.h>

#include "support/errno.h"
#include "thread/cancel.h"

extern "C" {

int bind(int fd, const struct sockaddr* addr, socklen_t len) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_bind, fd, addr, len)));
}

int listen(int fd, int backlog) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_listen, fd, backlog)));
}

int connect(int fd, const struct sockaddr* addr, socklen_t len) {
  return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_connect, fd, addr, len)));
}

int shutdown(int fd, int how) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_shutdown, fd, how)));
}

}  // extern "C"
