// mprotect, madvise, posix_madvise, msync, mincore.
#include <errno.h>
#include <sys/mman.h>

#include "support/errno.h"
#include "thread/cancel.h"

extern "C" {

int mprotect(void* addr, size_t len, int prot) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_mprotect, addr, len, prot)));
}

int madvise(void* addr, size_t len, int advice) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_madvise, addr, len, advice)));
}

// POSIX_MADV_DONTNEED is a mere hint that must keep the data; Linux's MADV_DONTNEED would
// discard it, so that one piece of advice is accepted and ignored. Errors are returned.
int posix_madvise(void* addr, size_t len, int advice) {
  if (advice == POSIX_MADV_DONTNEED) return 0;
  return static_cast<int>(-pure::syscall(__NR_madvise, addr, len, advice));
}

int msync(void* addr, size_t len, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall_cp(__NR_msync, addr, len, flags)));
}

int mincore(void* addr, size_t len, unsigned char* vec) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_mincore, addr, len, vec)));
}

}  // extern "C"
