// pthread_cond_*: condition variables as a sequence number that signal/broadcast bump and
// waiters sleep on. A waiter registers (waiters++) and reads the sequence before it
// releases the mutex, so a signal sent after that release always changes what it waits on.
#include <errno.h>
#include <pthread.h>

#include "thread/futex.h"
#include "thread/thread.h"

namespace pure {
namespace {

constexpr unsigned kShared = 1u << 31;  // condattr bit; the low bits hold the clock

struct Cond {
  int seq;
  int waiters;
  int clock;  // CLOCK_REALTIME (0, the static initializer) or CLOCK_MONOTONIC
  int shared;
};
static_assert(sizeof(Cond) <= sizeof(pthread_cond_t));
Cond* as_cond(pthread_cond_t* c) { return reinterpret_cast<Cond*>(c); }

void leave(void* c) { __atomic_fetch_sub(&static_cast<Cond*>(c)->waiters, 1, __ATOMIC_RELAXED); }

int wait(Cond* c, pthread_mutex_t* m, clockid_t clock, const struct timespec* deadline) {
  if (deadline && !valid_deadline(deadline)) return EINVAL;
  __atomic_fetch_add(&c->waiters, 1, __ATOMIC_SEQ_CST);
  int seq = __atomic_load_n(&c->seq, __ATOMIC_SEQ_CST);
  int r = pthread_mutex_unlock(m);
  if (r != 0) {
    __atomic_fetch_sub(&c->waiters, 1, __ATOMIC_RELAXED);
    return r;  // not the owner (error-checking and recursive mutexes say so)
  }
  // A cancellation acting in the wait re-locks the mutex first, then unregisters us.
  Thread* self = current_thread();
  self->cancel_mutex = m;
  __pthread_cleanup unregister;
  __pthread_cleanup_push(&unregister, leave, c);
  long w = futex_wait_until(&c->seq, seq, clock, deadline, c->shared, /*cancellable=*/true);
  __pthread_cleanup_pop(&unregister, 1);
  self->cancel_mutex = nullptr;
  r = pthread_mutex_lock(m);
  if (r != 0) return r;
  return w == -ETIMEDOUT ? ETIMEDOUT : 0;  // EINTR is a spurious wake-up, which POSIX allows
}

void wake(Cond* c, int count) {
  if (__atomic_load_n(&c->waiters, __ATOMIC_SEQ_CST) == 0) return;
  __atomic_fetch_add(&c->seq, 1, __ATOMIC_SEQ_CST);
  futex_wake_n(&c->seq, count, c->shared);
}

}  // namespace
}  // namespace pure

using namespace pure;

extern "C" {

int pthread_cond_init(pthread_cond_t* __restrict pc, const pthread_condattr_t* __restrict attr) {
  *pc = pthread_cond_t{};
  if (attr) {
    as_cond(pc)->clock = static_cast<int>(attr->__attr & ~kShared);
    as_cond(pc)->shared = (attr->__attr & kShared) != 0;
  }
  return 0;
}

int pthread_cond_destroy(pthread_cond_t*) { return 0; }

int pthread_cond_wait(pthread_cond_t* __restrict c, pthread_mutex_t* __restrict m) {
  return wait(as_cond(c), m, CLOCK_REALTIME, nullptr);
}

int pthread_cond_timedwait(pthread_cond_t* __restrict c, pthread_mutex_t* __restrict m,
                           const struct timespec* __restrict deadline) {
  return wait(as_cond(c), m, as_cond(c)->clock, deadline);
}

int pthread_cond_clockwait(pthread_cond_t* __restrict c, pthread_mutex_t* __restrict m, clockid_t clock,
                           const struct timespec* __restrict deadline) {
  if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC) return EINVAL;
  return wait(as_cond(c), m, clock, deadline);
}

int pthread_cond_signal(pthread_cond_t* c) {
  wake(as_cond(c), 1);
  return 0;
}

int pthread_cond_broadcast(pthread_cond_t* c) {
  wake(as_cond(c), 0x7fffffff);
  return 0;
}

int pthread_condattr_init(pthread_condattr_t* a) {
  a->__attr = CLOCK_REALTIME;
  return 0;
}

int pthread_condattr_destroy(pthread_condattr_t*) { return 0; }

int pthread_condattr_getclock(const pthread_condattr_t* __restrict a, clockid_t* __restrict clock) {
  *clock = static_cast<clockid_t>(a->__attr & ~kShared);
  return 0;
}

int pthread_condattr_setclock(pthread_condattr_t* a, clockid_t clock) {
  // Futexes time out on these two clocks only; POSIX forbids CPU-time clocks here anyway.
  if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC) return EINVAL;
  a->__attr = (a->__attr & kShared) | static_cast<unsigned>(clock);
  return 0;
}

int pthread_condattr_getpshared(const pthread_condattr_t* __restrict a, int* __restrict pshared) {
  *pshared = a->__attr & kShared ? PTHREAD_PROCESS_SHARED : PTHREAD_PROCESS_PRIVATE;
  return 0;
}

int pthread_condattr_setpshared(pthread_condattr_t* a, int pshared) {
  if (pshared == PTHREAD_PROCESS_SHARED) a->__attr |= kShared;
  else if (pshared == PTHREAD_PROCESS_PRIVATE) a->__attr &= ~kShared;
  else return EINVAL;
  return 0;
}

}  // extern "C"
