// socket and socketpair.
#include <sys/socket.h>

#include "support/errno.h"

extern "C" {

int socket(int domain, int type, int protocol) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_socket, domain, type, protocol)));
}

int socketpair(int domain, int type, int protocol, int fds[2]) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_socketpair, domain, type, protocol, fds)));
}

}  // extern "C"
