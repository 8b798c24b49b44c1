// swapon and swapoff.
#include <sys/swap.h>

#include "support/errno.h"

extern "C" {

int swapon(const char* path, int flags) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_swapon, path, flags)));
}

int swapoff(const char* path) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_swapoff, path))); }

}  // extern "C"
