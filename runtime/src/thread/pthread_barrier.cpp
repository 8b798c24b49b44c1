// pthread_barrier_*: the last of `count` arrivals resets the count and bumps a generation
// number that the others sleep on.
#include <errno.h>
#include <pthread.h>

#include "thread/futex.h"

namespace {
struct Barrier {
  int count;
  int arrived;
  int seq;
  int shared;
};
static_assert(sizeof(Barrier) <= sizeof(pthread_barrier_t));
Barrier* as_barrier(pthread_barrier_t* b) { return reinterpret_cast<Barrier*>(b); }
}  // namespace

extern "C" {

int pthread_barrier_init(pthread_barrier_t* __restrict pb, const pthread_barrierattr_t* __restrict attr,
                         unsigned count) {
  if (count == 0 || count > 0x7fffffff) return EINVAL;
  *pb = pthread_barrier_t{};
  Barrier* b = as_barrier(pb);
  b->count = static_cast<int>(count);
  b->shared = attr && attr->__attr == PTHREAD_PROCESS_SHARED;
  return 0;
}

int pthread_barrier_destroy(pthread_barrier_t* b) {
  return __atomic_load_n(&as_barrier(b)->arrived, __ATOMIC_RELAXED) ? EBUSY : 0;
}

int pthread_barrier_wait(pthread_barrier_t* pb) {
  Barrier* b = as_barrier(pb);
  int seq = __atomic_load_n(&b->seq, __ATOMIC_ACQUIRE);
  if (__atomic_add_fetch(&b->arrived, 1, __ATOMIC_ACQ_REL) == b->count) {
    __atomic_store_n(&b->arrived, 0, __ATOMIC_RELAXED);
    __atomic_fetch_add(&b->seq, 1, __ATOMIC_RELEASE);
    pure::futex_wake_n(&b->seq, 0x7fffffff, b->shared);
    return PTHREAD_BARRIER_SERIAL_THREAD;
  }
  while (__atomic_load_n(&b->seq, __ATOMIC_ACQUIRE) == seq)
    pure::futex_wait_until(&b->seq, seq, CLOCK_REALTIME, nullptr, b->shared);
  return 0;
}

int pthread_barrierattr_init(pthread_barrierattr_t* a) {
  a->__attr = PTHREAD_PROCESS_PRIVATE;
  return 0;
}

int pthread_barrierattr_destroy(pthread_barrierattr_t*) { return 0; }

int pthread_barrierattr_getpshared(const pthread_barrierattr_t* __restrict a, int* __restrict pshared) {
  *pshared = static_cast<int>(a->__attr);
  return 0;
}

int pthread_barrierattr_setpshared(pthread_barrierattr_t* a, int pshared) {
  if (pshared != PTHREAD_PROCESS_PRIVATE && pshared != PTHREAD_PROCESS_SHARED) return EINVAL;
  a->__attr = static_cast<unsigned>(pshared);
  return 0;
}

}  // extern "C"
