// pipe and pipe2 (aarch64 has only pipe2).
#include <unistd.h>

#include "support/errno.h"

extern "C" {

int pipe2(int fds[2], int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_pipe2, fds, flags)));
}

int pipe(int fds[2]) { return pipe2(fds, 0); }

}  // extern "C"
