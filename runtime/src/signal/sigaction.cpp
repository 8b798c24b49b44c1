// sigaction, signal, siginterrupt: handlers are installed with our own restorer
// (SA_RESTORER), so returning from a handler needs no help from the vDSO.
#include <errno.h>
#include <signal.h>

#include "signal/sigbits.h"
#include "support/errno.h"
#include "support/syscall.h"

extern "C" void __pure_restore_rt(void);

namespace pure {
namespace {

// The kernel's struct sigaction (the same on x86_64 and aarch64).
struct KernelSigaction {
  void (*handler)(int);
  unsigned long flags;
  void (*restorer)(void);
  unsigned long mask;
};

}  // namespace

// Installs/reads a disposition; also used by abort(), which must reach the reserved path.
long kernel_sigaction(int sig, const struct sigaction* act, struct sigaction* old) {
  KernelSigaction k, kold;
  if (act) {
    k.handler = act->sa_handler;
    k.flags = static_cast<unsigned int>(act->sa_flags) | SA_RESTORER;
    k.restorer = __pure_restore_rt;
    __builtin_memcpy(&k.mask, &act->sa_mask, sizeof k.mask);
  }
  long r = syscall(__NR_rt_sigaction, sig, act ? &k : nullptr, old ? &kold : nullptr, kKernelSigsetBytes);
  if (r == 0 && old) {
    *old = (struct sigaction){};
    old->sa_handler = kold.handler;
    old->sa_flags = static_cast<int>(kold.flags & ~static_cast<unsigned long>(SA_RESTORER));
    old->sa_restorer = nullptr;
    __builtin_memcpy(&old->sa_mask, &kold.mask, sizeof kold.mask);
  }
  return r;
}

}  // namespace pure

extern "C" {

int sigaction(int sig, const struct sigaction* __restrict act, struct sigaction* __restrict old) {
  // The libc keeps two real-time signals for itself.
  if (sig < 1 || sig >= _NSIG || sig == pure::kSigCancel || sig == pure::kSigReserved) return pure::fail(EINVAL, -1);
  return static_cast<int>(pure::to_errno(pure::kernel_sigaction(sig, act, old)));
}

void (*signal(int sig, void (*handler)(int)))(int) {
  // BSD semantics, as Linux libcs give signal(): the handler stays, calls restart.
  struct sigaction sa = {}, old;
  sa.sa_handler = handler;
  sa.sa_flags = SA_RESTART;
  if (sigaction(sig, &sa, &old) != 0) return SIG_ERR;
  return old.sa_handler;
}

int siginterrupt(int sig, int flag) {
  struct sigaction sa;
  if (sigaction(sig, nullptr, &sa) != 0) return -1;
  if (flag) sa.sa_flags &= ~SA_RESTART;
  else sa.sa_flags |= SA_RESTART;
  return sigaction(sig, &sa, nullptr);
}

}  // extern "C"

static_assert(SA_RESTART == 0x10000000 && SA_SIGINFO == 4 && SA_ONSTACK == 0x08000000, "kernel ABI");
