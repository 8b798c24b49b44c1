// abort: terminate with SIGABRT even when the program catches, ignores or blocks it.
// Every step is a direct system call, so abort (which the allocator's corruption checks
// reach) does not bring sigaction's restorer, raise or errno into programs that never use
// signals.
#include <signal.h>
#include <stdlib.h>

#include "signal/sigbits.h"
#include "support/syscall.h"

namespace {

// The kernel's struct sigaction (the same on x86_64 and aarch64). Only SIG_DFL is
// installed here: no handler will return, so no restorer is needed.
struct KernelSigaction {
  void (*handler)(int);
  unsigned long flags;
  void (*restorer)(void);
  unsigned long mask;
};

// raise(SIGABRT): to the calling thread, whose tid is asked for afresh (a forked child
// must not signal its parent's thread).
void raise_abrt() {
  long tid = pure::syscall(__NR_gettid);
  pure::syscall(__NR_tgkill, pure::syscall(__NR_getpid), tid, SIGABRT);
}

}  // namespace

extern "C" void abort(void) {
  // First let a handler run, as POSIX requires (it may longjmp out or never return).
  unsigned long abrt = 1UL << (SIGABRT - 1);
  pure::syscall(__NR_rt_sigprocmask, SIG_UNBLOCK, &abrt, nullptr, pure::kKernelSigsetBytes);
  raise_abrt();
  // It returned (or the signal is ignored): restore the default action and raise again,
  // with every other signal blocked so nothing can intervene.
  pure::block_all_signals();
  KernelSigaction dfl = {};
  dfl.handler = SIG_DFL;
  pure::syscall(__NR_rt_sigaction, SIGABRT, &dfl, nullptr, pure::kKernelSigsetBytes);
  pure::syscall(__NR_rt_sigprocmask, SIG_UNBLOCK, &abrt, nullptr, pure::kKernelSigsetBytes);
  raise_abrt();
  // Unreachable unless the kernel refused: leave as abnormally as we still can.
  for (;;) pure::syscall(__NR_exit_group, 127);
}
