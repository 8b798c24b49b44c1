// pthread_spin_*: a test-and-test-and-set spin lock (0 free, 1 held).
#include <errno.h>
#include <pthread.h>

#include "thread/futex.h"

extern "C" {

int pthread_spin_init(pthread_spinlock_t* l, int pshared) {
  if (pshared != PTHREAD_PROCESS_PRIVATE && pshared != PTHREAD_PROCESS_SHARED) return EINVAL;
  *l = 0;
  return 0;
}

int pthread_spin_destroy(pthread_spinlock_t*) { return 0; }

int pthread_spin_lock(pthread_spinlock_t* l) {
  while (__atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE)) {
    while (__atomic_load_n(l, __ATOMIC_RELAXED)) pure::cpu_relax();
  }
  return 0;
}

int pthread_spin_trylock(pthread_spinlock_t* l) { return __atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE) ? EBUSY : 0; }

int pthread_spin_unlock(pthread_spinlock_t* l) {
  __atomic_store_n(l, 0, __ATOMIC_RELEASE);
  return 0;
}

}  // extern "C"
