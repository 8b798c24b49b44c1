// ioperm and iopl: x86 I/O port permissions. Other architectures have no I/O ports and
// no such system calls; there the functions exist (so portable code links) and fail with
// ENOSYS, as the missing kernel call would.
#include <errno.h>

#include "support/errno.h"

extern "C" {

int ioperm(unsigned long from, unsigned long num, int turn_on);
int iopl(int level);

#if defined(__NR_ioperm)
int ioperm(unsigned long from, unsigned long num, int turn_on) {
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_ioperm, from, num, turn_on)));
}
int iopl(int level) { return static_cast<int>(pure::to_errno(pure::syscall(__NR_iopl, level))); }
#else
int ioperm(unsigned long, unsigned long, int) { return pure::fail(ENOSYS, -1); }
int iopl(int) { return pure::fail(ENOSYS, -1); }
#endif

}  // extern "C"
