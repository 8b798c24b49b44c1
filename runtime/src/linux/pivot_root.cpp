// pivot_root: moves the root mount. Declared by no C library header; programs declare it.
#include "support/errno.h"

extern "C" {

int pivot_root(const char* new_root, const char* put_old);

int pivot_root(const char* new_root, const char* put_old) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_pivot_root, new_root, put_old)));
}

}  // extern "C"
