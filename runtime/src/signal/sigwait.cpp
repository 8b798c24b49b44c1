// Waiting for signals synchronously: sigwait, sigwaitinfo, sigtimedwait.
#include <errno.h>
#include <signal.h>

#include "signal/sigbits.h"
#include "support/errno.h"
#include "support/syscall.h"
#include "thread/cancel.h"

namespace {
long wait_for(const sigset_t* set, siginfo_t* info, const struct timespec* timeout) {
  unsigned long k = set->__bits[0];
  long r;
  do r = pure::syscall_cp(__NR_rt_sigtimedwait, &k, info, timeout, pure::kKernelSigsetBytes);
  while (r == -EINTR && !info && !timeout);  // only sigwait() must not fail with EINTR
  return r;
}
}  // namespace

extern "C" {

int sigwait(const sigset_t* __restrict set, int* __restrict sig) {
  long r = wait_for(set, nullptr, nullptr);
  if (pure::is_error(r)) return static_cast<int>(-r);
  *sig = static_cast<int>(r);
  return 0;
}

int sigwaitinfo(const sigset_t* __restrict set, siginfo_t* __restrict info) {
  siginfo_t scratch;
  return static_cast<int>(pure::to_errno(wait_for(set, info ? info : &scratch, nullptr)));
}

int sigtimedwait(const sigset_t* __restrict set, siginfo_t* __restrict info, const struct timespec* __restrict timeout) {
  siginfo_t scratch;
  return static_cast<int>(pure::to_errno(wait_for(set, info ? info : &scratch, timeout)));
}

}  // extern "C"
