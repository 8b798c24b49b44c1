// errno at the public boundary: internal code returns -errno; the exported function
// calls to_errno() once, which stores the error and returns -1 as POSIX wants.
#pragma once
#include <errno.h>
#include "support/syscall.h"

namespace pure {

// A kernel-style result (>= 0, or -errno) turned into the C convention.
inline long to_errno(long r) {
  if (is_error(r)) {
    errno = static_cast<int>(-r);
    return -1;
  }
  return r;
}

// Sets errno and returns the given failure value (for functions whose failure is not -1).
template <class T> inline T fail(int error, T value) {
  errno = error;
  return value;
}

}  // namespace pure
