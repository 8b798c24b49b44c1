// pthread_rwlock_*: a state word (0 free, n > 0 readers, -1 a writer) and a wake-up
// sequence that every waiter sleeps on. Readers are preferred, so a thread may take a
// read lock it already holds (POSIX allows recursive read locks).
#include <errno.h>
#include <pthread.h>

#include "thread/futex.h"
#include "thread/thread.h"

namespace pure {
namespace {

constexpr unsigned kShared = 1;

struct RwLock {
  int state;
  int seq;
  int unused;
  int waiting;
  int owner;  // the writer's tid, to report EDEADLK
  int shared;
};
static_assert(sizeof(RwLock) <= sizeof(pthread_rwlock_t));
RwLock* as_rw(pthread_rwlock_t* r) { return reinterpret_cast<RwLock*>(r); }

bool try_read(RwLock* rw) {
  int s = __atomic_load_n(&rw->state, __ATOMIC_RELAXED);
  while (s >= 0) {
    if (s == 0x7fffffff) return false;
    if (__atomic_compare_exchange_n(&rw->state, &s, s + 1, true, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) return true;
  }
  return false;
}

bool try_write(RwLock* rw) {
  int s = 0;
  return __atomic_compare_exchange_n(&rw->state, &s, -1, false, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

int acquire(RwLock* rw, bool write, clockid_t clock, const struct timespec* deadline) {
  if (write && __atomic_load_n(&rw->state, __ATOMIC_RELAXED) == -1 &&
      __atomic_load_n(&rw->owner, __ATOMIC_RELAXED) == current_thread()->tid)
    return EDEADLK;
  if (!write && __atomic_load_n(&rw->state, __ATOMIC_RELAXED) == 0x7fffffff) return EAGAIN;
  for (;;) {
    if (write ? try_write(rw) : try_read(rw)) break;
    if (deadline && !valid_deadline(deadline)) return EINVAL;
    // Register before re-checking, so an unlock after the check sees us and bumps seq.
    __atomic_fetch_add(&rw->waiting, 1, __ATOMIC_SEQ_CST);
    int seq = __atomic_load_n(&rw->seq, __ATOMIC_SEQ_CST);
    long r = 0;
    if (!(write ? try_write(rw) : try_read(rw))) r = futex_wait_until(&rw->seq, seq, clock, deadline, rw->shared);
    else r = 1;
    __atomic_fetch_sub(&rw->waiting, 1, __ATOMIC_SEQ_CST);
    if (r == 1) break;
    if (r == -ETIMEDOUT) return ETIMEDOUT;
  }
  if (write) __atomic_store_n(&rw->owner, current_thread()->tid, __ATOMIC_RELAXED);
  return 0;
}

}  // namespace
}  // namespace pure

using namespace pure;

extern "C" {

int pthread_rwlock_init(pthread_rwlock_t* __restrict r, const pthread_rwlockattr_t* __restrict attr) {
  *r = pthread_rwlock_t{};
  if (attr) as_rw(r)->shared = (attr->__attr[0] & kShared) != 0;
  return 0;
}

int pthread_rwlock_destroy(pthread_rwlock_t* r) {
  return __atomic_load_n(&as_rw(r)->state, __ATOMIC_RELAXED) ? EBUSY : 0;
}

int pthread_rwlock_rdlock(pthread_rwlock_t* r) { return acquire(as_rw(r), false, CLOCK_REALTIME, nullptr); }

int pthread_rwlock_wrlock(pthread_rwlock_t* r) { return acquire(as_rw(r), true, CLOCK_REALTIME, nullptr); }

int pthread_rwlock_tryrdlock(pthread_rwlock_t* r) { return try_read(as_rw(r)) ? 0 : EBUSY; }

int pthread_rwlock_trywrlock(pthread_rwlock_t* r) {
  if (!try_write(as_rw(r))) return EBUSY;
  __atomic_store_n(&as_rw(r)->owner, current_thread()->tid, __ATOMIC_RELAXED);
  return 0;
}

int pthread_rwlock_timedrdlock(pthread_rwlock_t* __restrict r, const struct timespec* __restrict deadline) {
  return acquire(as_rw(r), false, CLOCK_REALTIME, deadline);
}

int pthread_rwlock_timedwrlock(pthread_rwlock_t* __restrict r, const struct timespec* __restrict deadline) {
  return acquire(as_rw(r), true, CLOCK_REALTIME, deadline);
}

int pthread_rwlock_clockrdlock(pthread_rwlock_t* __restrict r, clockid_t clock,
                               const struct timespec* __restrict deadline) {
  if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC) return EINVAL;
  return acquire(as_rw(r), false, clock, deadline);
}

int pthread_rwlock_clockwrlock(pthread_rwlock_t* __restrict r, clockid_t clock,
                               const struct timespec* __restrict deadline) {
  if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC) return EINVAL;
  return acquire(as_rw(r), true, clock, deadline);
}

int pthread_rwlock_unlock(pthread_rwlock_t* r) {
  RwLock* rw = as_rw(r);
  int s = __atomic_load_n(&rw->state, __ATOMIC_RELAXED);
  if (s == 0) return EPERM;
  if (s == -1) {
    if (__atomic_load_n(&rw->owner, __ATOMIC_RELAXED) != current_thread()->tid) return EPERM;
    __atomic_store_n(&rw->owner, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&rw->state, 0, __ATOMIC_SEQ_CST);
  } else if (__atomic_sub_fetch(&rw->state, 1, __ATOMIC_SEQ_CST) != 0) {
    return 0;  // other readers remain; nobody can be woken yet
  }
  if (__atomic_load_n(&rw->waiting, __ATOMIC_SEQ_CST)) {
    __atomic_fetch_add(&rw->seq, 1, __ATOMIC_SEQ_CST);
    futex_wake_n(&rw->seq, 0x7fffffff, rw->shared);
  }
  return 0;
}

int pthread_rwlockattr_init(pthread_rwlockattr_t* a) {
  a->__attr[0] = a->__attr[1] = 0;
  return 0;
}

int pthread_rwlockattr_destroy(pthread_rwlockattr_t*) { return 0; }

int pthread_rwlockattr_getpshared(const pthread_rwlockattr_t* __restrict a, int* __restrict pshared) {
  *pshared = a->__attr[0] & kShared ? PTHREAD_PROCESS_SHARED : PTHREAD_PROCESS_PRIVATE;
  return 0;
}

int pthread_rwlockattr_setpshared(pthread_rwlockattr_t* a, int pshared) {
  if (pshared == PTHREAD_PROCESS_SHARED) a->__attr[0] |= kShared;
  else if (pshared == PTHREAD_PROCESS_PRIVATE) a->__attr[0] &= ~kShared;
  else return EINVAL;
  return 0;
}

}  // extern "C"
