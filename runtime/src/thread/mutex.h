// The layout behind pthread_mutex_t, shared by the plain and the robust implementation.
#pragma once
#include <pthread.h>

namespace pure {

// pthread_mutexattr_t bits: the type in the low two bits, then process-shared, robust.
inline constexpr unsigned kMutexTypeMask = 3;
inline constexpr unsigned kMutexShared = 4;
inline constexpr unsigned kMutexRobust = 8;

struct Mutex {
  // Plain mutexes: 0 free, 1 locked, 2 locked with possible waiters. Robust ones: the
  // kernel's format, owner tid | FUTEX_WAITERS | FUTEX_OWNER_DIED.
  int lock;
  int kind;   // type | kMutexShared | kMutexRobust
  int owner;  // tid of the owner (plain recursive and error-checking mutexes)
  int count;  // recursion depth beyond the first lock
  // Robust: this mutex's link in its owner's robust list (kernel's struct robust_list) and
  // the previous link, for O(1) removal. pthread_mutex_t is only 4-aligned, so the
  // pointers are copied, never dereferenced in place.
  char link_next[8];
  char link_prev[8];
  int state;  // robust: RobustState
  int unused;
};
static_assert(sizeof(Mutex) <= sizeof(pthread_mutex_t) && alignof(Mutex) <= alignof(pthread_mutex_t));

enum RobustState : int { kConsistent = 0, kInconsistent = 1, kNotRecoverable = 2 };

inline Mutex* as_mutex(pthread_mutex_t* m) { return reinterpret_cast<Mutex*>(m); }

// thread/pthread_mutex_robust.cpp. `try_only`: EBUSY rather than wait.
int robust_lock(Mutex* m, clockid_t clock, const struct timespec* deadline, bool try_only);
int robust_unlock(Mutex* m);
int robust_consistent(Mutex* m);

}  // namespace pure
