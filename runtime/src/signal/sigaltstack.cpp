// sigaltstack: the alternate signal stack (the kernel's stack_t is ours).
#include <errno.h>
#include <signal.h>

#include "support/errno.h"
#include "support/syscall.h"

extern "C" int sigaltstack(const stack_t* __restrict ss, stack_t* __restrict old) {
  // POSIX wants ENOMEM for a too-small stack; the kernel checks too, with its own minimum.
  if (ss && !(ss->ss_flags & SS_DISABLE) && ss->ss_size < MINSIGSTKSZ) return pure::fail(ENOMEM, -1);
  return static_cast<int>(pure::to_errno(pure::syscall(__NR_sigaltstack, ss, old)));
}
