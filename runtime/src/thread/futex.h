// Futex waits with POSIX absolute deadlines, shared by mutexes, condition variables,
// rwlocks, barriers and join.
#pragma once
#include <errno.h>
#include <time.h>
#include <linux/futex.h>
#include "support/syscall.h"
#include "thread/cancel.h"

namespace pure {

// POSIX: a deadline with tv_nsec outside [0, 1e9) is EINVAL.
inline bool valid_deadline(const struct timespec* ts) {
  return ts->tv_nsec >= 0 && ts->tv_nsec < 1000000000L;
}

// Sleeps while *addr == expected, until woken or the absolute `deadline` on `clock`
// (CLOCK_REALTIME or CLOCK_MONOTONIC; null = forever) passes. Returns 0 (woken, value
// changed, or spurious), -ETIMEDOUT, -EINTR or -EINVAL. A `cancellable` wait is a
// cancellation point.
inline long futex_wait_until(int* addr, int expected, clockid_t clock, const struct timespec* deadline,
                             bool shared = false, bool cancellable = false) {
  int op = FUTEX_WAIT_BITSET | (shared ? 0 : FUTEX_PRIVATE_FLAG);
  if (deadline && clock == CLOCK_REALTIME) op |= FUTEX_CLOCK_REALTIME;
  long r = cancellable ? syscall_cp(__NR_futex, addr, op, expected, deadline, nullptr, FUTEX_BITSET_MATCH_ANY)
                       : syscall(__NR_futex, addr, op, expected, deadline, nullptr, FUTEX_BITSET_MATCH_ANY);
  if (r == -EAGAIN) return 0;
  return r < 0 ? r : 0;
}

// Tells the CPU we are spinning (cheaper for the sibling hyperthread).
inline void cpu_relax() {
#if defined(__x86_64__)
  asm volatile("pause" ::: "memory");
#else
  asm volatile("yield" ::: "memory");
#endif
}

inline long futex_wake_n(int* addr, int count, bool shared = false) {
  return syscall(__NR_futex, addr, FUTEX_WAKE | (shared ? 0 : FUTEX_PRIVATE_FLAG), count);
}

}  // namespace pure
