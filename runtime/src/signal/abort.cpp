// abort: terminate with SIGABRT even when the program catches, ignores or blocks it.
#include <signal.h>
#include <stdlib.h>

#include "signal/sigbits.h"
#include "support/syscall.h"

namespace pure {
long kernel_sigaction(int sig, const struct sigaction* act, struct sigaction* old);
}

extern "C" void abort(void) {
  // First let a handler run, as POSIX requires (it may longjmp out or never return).
  unsigned long abrt = 1UL << (SIGABRT - 1);
  pure::syscall(__NR_rt_sigprocmask, SIG_UNBLOCK, &abrt, nullptr, pure::kKernelSigsetBytes);
  raise(SIGABRT);
  // It returned (or the signal is ignored): restore the default action and raise again,
  // with every other signal blocked so nothing can intervene.
  pure::block_all_signals();
  struct sigaction dfl = {};
  dfl.sa_handler = SIG_DFL;
  pure::kernel_sigaction(SIGABRT, &dfl, nullptr);
  pure::syscall(__NR_rt_sigprocmask, SIG_UNBLOCK, &abrt, nullptr, pure::kKernelSigsetBytes);
  raise(SIGABRT);
  // Unreachable unless the kernel refused: leave as abnormally as we still can.
  for (;;) pure::syscall(__NR_exit_group, 127);
}
