// mlock, mlock2, munlock, mlockall, munlockall.
#include <sys/mman.h>

#include "support/errno.h"

extern "C" {

int mlock(const void* addr, size_t len) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_mlock, addr, len)));
}

int mlock2(const void* addr, size_t len, unsigned int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_mlock2, addr, len, flags)));
}

int munlock(const void* addr, size_t len) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_munlock, addr, len)));
}

int mlockall(int flags) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_mlockall, flags))); }

int munlockall(void) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_munlockall))); }

}  // extern "C"
