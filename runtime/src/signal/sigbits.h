// Internal signal helpers: the kernel's view of signal masks.
#pragma once
#include "support/syscall.h"

namespace pure {

// The kernel's sigset_t is 64 bits on x86_64 and aarch64 (our public one reserves 1024).
inline constexpr unsigned long kKernelSigsetBytes = 8;

// Real-time signals the libc keeps for itself (SIGRTMIN is 34 in <signal.h>).
inline constexpr int kSigCancel = 32;
inline constexpr int kSigReserved = 33;

// Blocks every signal (or sets `mask`) for the calling thread, returning the old mask.
inline unsigned long block_all_signals() {
  unsigned long all = ~0UL, old = 0;
  syscall(__NR_rt_sigprocmask, 2 /* SIG_SETMASK */, &all, &old, kKernelSigsetBytes);
  return old;
}
inline void restore_signals(unsigned long mask) {
  syscall(__NR_rt_sigprocmask, 2 /* SIG_SETMASK */, &mask, nullptr, kKernelSigsetBytes);
}

}  // namespace pure
