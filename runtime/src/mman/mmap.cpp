// mmap, munmap, mremap.
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <sys/mman.h>

#include "support/errno.h"

extern "C" {

void* mmap(void* addr, size_t len, int prot, int flags, int fd, off_t offset) {
  // Lengths beyond PTRDIFF_MAX could never be indexed by the caller; refuse them up front.
  if (len >= static_cast<size_t>(PTRDIFF_MAX)) return pure::fail(ENOMEM, MAP_FAILED);
  long r = pure::syscall(__NR_mmap, addr, len, prot, flags, fd, offset);
  if (pure::is_error(r)) return pure::fail(static_cast<int>(-r), MAP_FAILED);
  return reinterpret_cast<void*>(r);
}

int munmap(void* addr, size_t len) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_munmap, addr, len)));
}

// The new address is read only with MREMAP_FIXED, as the interface defines.
void* mremap(void* old_addr, size_t old_len, size_t new_len, int flags, ...) {
  void* new_addr = nullptr;
  if (flags & MREMAP_FIXED) {
    va_list ap;
    va_start(ap, flags);
    new_addr = va_arg(ap, void*);
    va_end(ap);
  }
  if (new_len >= static_cast<size_t>(PTRDIFF_MAX)) return pure::fail(ENOMEM, MAP_FAILED);
  long r = pure::syscall(__NR_mremap, old_addr, old_len, new_len, flags, new_addr);
  if (pure::is_error(r)) return pure::fail(static_cast<int>(-r), MAP_FAILED);
  return reinterpret_cast<void*>(r);
}

}  // extern "C"

// The LFS64 names: off_t is 64-bit, so they are these functions (support/alias.h).
#include "support/alias.h"
PURE_ALIAS(mmap, mmap64);
