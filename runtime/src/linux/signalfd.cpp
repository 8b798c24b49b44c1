// signalfd: the kernel takes the size of its own signal set, not of sigset_t.
#include <sys/signalfd.h>

#include "signal/sigbits.h"
#include "support/errno.h"

extern "C" int signalfd(int fd, const sigset_t* mask, int flags) {
  return static_cast<int>(
      pure::to_errno(pure::syscall(__NR_signalfd4, fd, mask, pure::kKernelSigsetBytes, flags)));
}
