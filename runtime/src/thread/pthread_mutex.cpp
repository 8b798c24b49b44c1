// pthread_mutex_*: normal, recursive and error-checking mutexes on one futex word
// (0 free, 1 locked, 2 locked with possible waiters). Robust mutexes have their own code
// (thread/pthread_mutex_robust.cpp).
#include <errno.h>
#include <pthread.h>

#include "thread/futex.h"
#include "thread/mutex.h"
#include "thread/thread.h"

namespace pure {
namespace {

int type_of(const Mutex* m) { return m->kind & kMutexTypeMask; }
bool shared(const Mutex* m) { return m->kind & kMutexShared; }
bool robust(const Mutex* m) { return m->kind & kMutexRobust; }

// Takes the futex word; returns 0, ETIMEDOUT or EINVAL.
int acquire(Mutex* m, clockid_t clock, const struct timespec* deadline) {
  int c = 0;
  if (__atomic_compare_exchange_n(&m->lock, &c, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) return 0;
  // A short spin catches locks held for a few instructions without a system call.
  for (int i = 0; i < 100 && c == 1; i++) {
    cpu_relax();
    c = 0;
    if (__atomic_compare_exchange_n(&m->lock, &c, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) return 0;
  }
  if (deadline && !valid_deadline(deadline)) return EINVAL;
  while (__atomic_exchange_n(&m->lock, 2, __ATOMIC_ACQUIRE) != 0) {
    if (futex_wait_until(&m->lock, 2, clock, deadline, shared(m)) == -ETIMEDOUT) return ETIMEDOUT;
  }
  return 0;
}

int lock(Mutex* m, clockid_t clock, const struct timespec* deadline) {
  if (robust(m)) return robust_lock(m, clock, deadline, false);
  int type = type_of(m);
  if (type == PTHREAD_MUTEX_NORMAL) return acquire(m, clock, deadline);
  int self = current_thread()->tid;
  if (__atomic_load_n(&m->owner, __ATOMIC_RELAXED) == self) {
    if (type == PTHREAD_MUTEX_ERRORCHECK) return EDEADLK;
    if (m->count == 0x7fffffff) return EAGAIN;
    m->count++;
    return 0;
  }
  int r = acquire(m, clock, deadline);
  if (r == 0) __atomic_store_n(&m->owner, self, __ATOMIC_RELAXED);
  return r;
}

}  // namespace
}  // namespace pure

using namespace pure;

extern "C" {

int pthread_mutex_init(pthread_mutex_t* __restrict m, const pthread_mutexattr_t* __restrict attr) {
  *m = pthread_mutex_t{};
  if (attr) as_mutex(m)->kind = static_cast<int>(attr->__attr & (kMutexTypeMask | kMutexShared | kMutexRobust));
  return 0;
}

int pthread_mutex_destroy(pthread_mutex_t* m) {
  return __atomic_load_n(&as_mutex(m)->lock, __ATOMIC_RELAXED) ? EBUSY : 0;
}

int pthread_mutex_lock(pthread_mutex_t* m) { return lock(as_mutex(m), CLOCK_REALTIME, nullptr); }

int pthread_mutex_timedlock(pthread_mutex_t* __restrict m, const struct timespec* __restrict deadline) {
  return lock(as_mutex(m), CLOCK_REALTIME, deadline);
}

int pthread_mutex_clocklock(pthread_mutex_t* __restrict m, clockid_t clock, const struct timespec* __restrict deadline) {
  if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC) return EINVAL;
  return lock(as_mutex(m), clock, deadline);
}

int pthread_mutex_trylock(pthread_mutex_t* pm) {
  Mutex* m = as_mutex(pm);
  if (robust(m)) return robust_lock(m, CLOCK_REALTIME, nullptr, true);
  int type = type_of(m);
  int self = type == PTHREAD_MUTEX_NORMAL ? 0 : current_thread()->tid;
  if (type == PTHREAD_MUTEX_RECURSIVE && __atomic_load_n(&m->owner, __ATOMIC_RELAXED) == self) {
    if (m->count == 0x7fffffff) return EAGAIN;
    m->count++;
    return 0;
  }
  int c = 0;
  if (!__atomic_compare_exchange_n(&m->lock, &c, 1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) return EBUSY;
  if (self) __atomic_store_n(&m->owner, self, __ATOMIC_RELAXED);
  return 0;
}

int pthread_mutex_unlock(pthread_mutex_t* pm) {
  Mutex* m = as_mutex(pm);
  if (robust(m)) return robust_unlock(m);
  if (type_of(m) != PTHREAD_MUTEX_NORMAL) {
    if (__atomic_load_n(&m->owner, __ATOMIC_RELAXED) != current_thread()->tid) return EPERM;
    if (m->count) {
      m->count--;
      return 0;
    }
    __atomic_store_n(&m->owner, 0, __ATOMIC_RELAXED);
  }
  if (__atomic_exchange_n(&m->lock, 0, __ATOMIC_RELEASE) == 2) futex_wake_n(&m->lock, 1, shared(m));
  return 0;
}

int pthread_mutex_consistent(pthread_mutex_t* m) {
  return robust(as_mutex(m)) ? robust_consistent(as_mutex(m)) : EINVAL;
}

int pthread_mutex_getprioceiling(const pthread_mutex_t* __restrict, int* __restrict) { return EINVAL; }

int pthread_mutex_setprioceiling(pthread_mutex_t* __restrict, int, int* __restrict) { return EINVAL; }

int pthread_mutexattr_init(pthread_mutexattr_t* a) {
  a->__attr = 0;
  return 0;
}

int pthread_mutexattr_destroy(pthread_mutexattr_t*) { return 0; }

int pthread_mutexattr_gettype(const pthread_mutexattr_t* __restrict a, int* __restrict type) {
  *type = static_cast<int>(a->__attr & kMutexTypeMask);
  return 0;
}

int pthread_mutexattr_settype(pthread_mutexattr_t* a, int type) {
  if (type != PTHREAD_MUTEX_NORMAL && type != PTHREAD_MUTEX_RECURSIVE && type != PTHREAD_MUTEX_ERRORCHECK)
    return EINVAL;
  a->__attr = (a->__attr & ~kMutexTypeMask) | static_cast<unsigned>(type);
  return 0;
}

int pthread_mutexattr_getpshared(const pthread_mutexattr_t* __restrict a, int* __restrict pshared) {
  *pshared = a->__attr & kMutexShared ? PTHREAD_PROCESS_SHARED : PTHREAD_PROCESS_PRIVATE;
  return 0;
}

int pthread_mutexattr_setpshared(pthread_mutexattr_t* a, int pshared) {
  if (pshared == PTHREAD_PROCESS_SHARED) a->__attr |= kMutexShared;
  else if (pshared == PTHREAD_PROCESS_PRIVATE) a->__attr &= ~kMutexShared;
  else return EINVAL;
  return 0;
}

int pthread_mutexattr_getprotocol(const pthread_mutexattr_t* __restrict, int* __restrict protocol) {
  *protocol = PTHREAD_PRIO_NONE;
  return 0;
}

int pthread_mutexattr_setprotocol(pthread_mutexattr_t*, int protocol) {
  if (protocol == PTHREAD_PRIO_NONE) return 0;
  return protocol == PTHREAD_PRIO_INHERIT || protocol == PTHREAD_PRIO_PROTECT ? ENOTSUP : EINVAL;
}

int pthread_mutexattr_getprioceiling(const pthread_mutexattr_t* __restrict, int* __restrict) { return EINVAL; }

int pthread_mutexattr_setprioceiling(pthread_mutexattr_t*, int) { return EINVAL; }

int pthread_mutexattr_getrobust(const pthread_mutexattr_t* __restrict a, int* __restrict robust) {
  *robust = a->__attr & kMutexRobust ? PTHREAD_MUTEX_ROBUST : PTHREAD_MUTEX_STALLED;
  return 0;
}

int pthread_mutexattr_setrobust(pthread_mutexattr_t* a, int robust) {
  if (robust == PTHREAD_MUTEX_ROBUST) a->__attr |= kMutexRobust;
  else if (robust == PTHREAD_MUTEX_STALLED) a->__attr &= ~kMutexRobust;
  else return EINVAL;
  return 0;
}

}  // extern "C"
