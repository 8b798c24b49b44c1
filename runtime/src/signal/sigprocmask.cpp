// Signal masks: sigprocmask, pthread_sigmask, sigpending, sigsuspend. The libc's reserved
// signals can be neither blocked nor waited for by the program.
#include <errno.h>
#include <signal.h>

#include "signal/sigbits.h"
#include "support/errno.h"
#include "support/syscall.h"
#include "thread/cancel.h"

namespace pure {
namespace {

constexpr unsigned long kReserved = (1UL << (kSigCancel - 1)) | (1UL << (kSigReserved - 1));

long change_mask(int how, const sigset_t* set, sigset_t* old) {
  if (set && how != SIG_BLOCK && how != SIG_UNBLOCK && how != SIG_SETMASK) return -EINVAL;
  unsigned long k = 0, kold = 0;
  if (set) {
    k = set->__bits[0];
    if (how != SIG_UNBLOCK) k &= ~kReserved;
  }
  long r = syscall(__NR_rt_sigprocmask, how, set ? &k : nullptr, old ? &kold : nullptr, kKernelSigsetBytes);
  if (r == 0 && old) {
    sigemptyset(old);
    old->__bits[0] = kold;
  }
  return r;
}

}  // namespace
}  // namespace pure

static_assert(SIG_BLOCK == 0 && SIG_UNBLOCK == 1 && SIG_SETMASK == 2, "kernel ABI");

extern "C" {

int sigprocmask(int how, const sigset_t* __restrict set, sigset_t* __restrict old) {
  return static_cast<int>(pure::to_errno(pure::change_mask(how, set, old)));
}

int pthread_sigmask(int how, const sigset_t* __restrict set, sigset_t* __restrict old) {
  return static_cast<int>(-pure::change_mask(how, set, old));
}

int sigpending(sigset_t* set) {
  unsigned long k = 0;
  long r = pure::syscall(__NR_rt_sigpending, &k, pure::kKernelSigsetBytes);
  if (r == 0) {
    sigemptyset(set);
    set->__bits[0] = k;
  }
  return static_cast<int>(pure::to_errno(r));
}

int sigsuspend(const sigset_t* mask) {
  unsigned long k = mask->__bits[0] & ~pure::kReserved;
  long r = pure::syscall_cp(__NR_rt_sigsuspend, &k, pure::kKernelSigsetBytes);
  return static_cast<int>(pure::to_errno(r));
}

}  // extern "C"
