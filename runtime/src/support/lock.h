// Internal locks: a futex-based mutex (0 free, 1 locked, 2 locked with waiters) and an
// RAII guard. Used across the libc wherever shared state needs a short critical section.
#pragma once
#include <linux/futex.h>
#include "support/syscall.h"

namespace pure {

inline long futex_wait(int* addr, int expected) {
  return syscall(__NR_futex, addr, FUTEX_WAIT | FUTEX_PRIVATE_FLAG, expected, nullptr);
}
inline long futex_wake(int* addr, int count) {
  return syscall(__NR_futex, addr, FUTEX_WAKE | FUTEX_PRIVATE_FLAG, count);
}

class Lock {
 public:
  constexpr Lock() = default;
  void lock() {
    int c = 0;
    if (__atomic_compare_exchange_n(&state_, &c, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) return;
    if (c != 2) c = __atomic_exchange_n(&state_, 2, __ATOMIC_ACQUIRE);
    while (c != 0) {
      futex_wait(&state_, 2);
      c = __atomic_exchange_n(&state_, 2, __ATOMIC_ACQUIRE);
    }
  }
  bool try_lock() {
    int c = 0;
    return __atomic_compare_exchange_n(&state_, &c, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
  }
  void unlock() {
    if (__atomic_exchange_n(&state_, 0, __ATOMIC_RELEASE) == 2) futex_wake(&state_, 1);
  }
  // After fork() only the calling thread exists: a lock held by a vanished thread is reset.
  void reset() { state_ = 0; }

 private:
  int state_ = 0;
};

class LockGuard {
 public:
  explicit LockGuard(Lock& l) : lock_(l) { lock_.lock(); }
  ~LockGuard() { lock_.unlock(); }
  LockGuard(const LockGuard&) = delete;
  LockGuard& operator=(const LockGuard&) = delete;

 private:
  Lock& lock_;
};

}  // namespace pure
