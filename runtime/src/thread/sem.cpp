// Semaphores: sem_init, sem_destroy, sem_post, sem_wait, sem_trywait, sem_timedwait,
// sem_clockwait, sem_getvalue. The value is a futex word; waiters register in a count
// before they sleep, so sem_post makes a system call only when someone may be asleep
// (both sides use sequentially consistent operations: one of them sees the other).
#include <errno.h>
#include <limits.h>
#include <semaphore.h>

#include "support/errno.h"
#include "thread/futex.h"

namespace pure {
namespace {

struct Sem {
  int value;
  int waiters;
  int shared;
};
static_assert(sizeof(Sem) <= sizeof(sem_t));
Sem* as_sem(sem_t* s) { return reinterpret_cast<Sem*>(s); }

bool try_take(Sem* s) {
  int v = __atomic_load_n(&s->value, __ATOMIC_RELAXED);
  while (v > 0)
    if (__atomic_compare_exchange_n(&s->value, &v, v - 1, true, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) return true;
  return false;
}

// A cancellation point; EINTR when a signal handler ran (unless SA_RESTART restarted the
// untimed wait in the kernel).
int wait(Sem* s, clockid_t clock, const struct timespec* deadline) {
  cancel_point();
  for (;;) {
    if (try_take(s)) return 0;
    if (deadline && !valid_deadline(deadline)) return fail(EINVAL, -1);
    __atomic_fetch_add(&s->waiters, 1, __ATOMIC_SEQ_CST);
    long r = 0;
    if (__atomic_load_n(&s->value, __ATOMIC_SEQ_CST) == 0)
      r = futex_wait_until(&s->value, 0, clock, deadline, s->shared, /*cancellable=*/true);
    __atomic_fetch_sub(&s->waiters, 1, __ATOMIC_RELAXED);
    if (r == -ETIMEDOUT || r == -EINTR || r == -EINVAL) return fail(static_cast<int>(-r), -1);
  }
}

}  // namespace
}  // namespace pure

using namespace pure;

extern "C" {

int sem_init(sem_t* s, int pshared, unsigned value) {
  if (value > SEM_VALUE_MAX) return fail(EINVAL, -1);
  *s = sem_t{};
  as_sem(s)->value = static_cast<int>(value);
  as_sem(s)->shared = pshared != 0;
  return 0;
}

int sem_destroy(sem_t*) { return 0; }

int sem_post(sem_t* ps) {
  Sem* s = as_sem(ps);
  int v = __atomic_load_n(&s->value, __ATOMIC_RELAXED);
  do {
    if (v == SEM_VALUE_MAX) return fail(EOVERFLOW, -1);
  } while (!__atomic_compare_exchange_n(&s->value, &v, v + 1, true, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
  if (__atomic_load_n(&s->waiters, __ATOMIC_SEQ_CST)) futex_wake_n(&s->value, 1, s->shared);
  return 0;
}

int sem_wait(sem_t* s) { return wait(as_sem(s), CLOCK_REALTIME, nullptr); }

int sem_trywait(sem_t* s) { return try_take(as_sem(s)) ? 0 : fail(EAGAIN, -1); }

int sem_timedwait(sem_t* __restrict s, const struct timespec* __restrict deadline) {
  return wait(as_sem(s), CLOCK_REALTIME, deadline);
}

int sem_clockwait(sem_t* __restrict s, clockid_t clock, const struct timespec* __restrict deadline) {
  if (clock != CLOCK_REALTIME && clock != CLOCK_MONOTONIC) return fail(EINVAL, -1);
  return wait(as_sem(s), clock, deadline);
}

int sem_getvalue(sem_t* __restrict s, int* __restrict value) {
  *value = __atomic_load_n(&as_sem(s)->value, __ATOMIC_RELAXED);
  return 0;
}

}  // extern "C"
