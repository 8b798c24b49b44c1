// <threads.h>: C11 threads as a thin layer over the POSIX functions (the types share
// their layouts), mapping error numbers to the thrd_* results.
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdint.h>
#include <stdlib.h>
#include <threads.h>

#include "support/syscall.h"

namespace {

int result(int e) {
  switch (e) {
    case 0: return thrd_success;
    case EBUSY: return thrd_busy;
    case ETIMEDOUT: return thrd_timedout;
    case ENOMEM:
    case EAGAIN: return thrd_nomem;
    default: return thrd_error;
  }
}

// C11 start functions return int; POSIX ones return void *.
struct Start {
  thrd_start_t func;
  void* arg;
};

void* run(void* p) {
  Start s = *static_cast<Start*>(p);
  free(p);
  return reinterpret_cast<void*>(static_cast<intptr_t>(s.func(s.arg)));
}

}  // namespace

extern "C" {

void call_once(once_flag* flag, void (*func)(void)) { pthread_once(flag, func); }

int cnd_broadcast(cnd_t* c) { return result(pthread_cond_broadcast(c)); }
void cnd_destroy(cnd_t* c) { pthread_cond_destroy(c); }
int cnd_init(cnd_t* c) { return result(pthread_cond_init(c, nullptr)); }
int cnd_signal(cnd_t* c) { return result(pthread_cond_signal(c)); }
int cnd_timedwait(cnd_t* __restrict c, mtx_t* __restrict m, const struct timespec* __restrict ts) {
  return result(pthread_cond_timedwait(c, m, ts));
}
int cnd_wait(cnd_t* c, mtx_t* m) { return result(pthread_cond_wait(c, m)); }

void mtx_destroy(mtx_t* m) { pthread_mutex_destroy(m); }

int mtx_init(mtx_t* m, int type) {
  if (type != mtx_plain && type != mtx_timed && type != (mtx_plain | mtx_recursive) &&
      type != (mtx_timed | mtx_recursive))
    return thrd_error;
  pthread_mutexattr_t a;
  pthread_mutexattr_init(&a);
  if (type & mtx_recursive) pthread_mutexattr_settype(&a, PTHREAD_MUTEX_RECURSIVE);
  return result(pthread_mutex_init(m, &a));
}

int mtx_lock(mtx_t* m) { return result(pthread_mutex_lock(m)); }
int mtx_timedlock(mtx_t* __restrict m, const struct timespec* __restrict ts) {
  return result(pthread_mutex_timedlock(m, ts));
}
int mtx_trylock(mtx_t* m) { return result(pthread_mutex_trylock(m)); }
int mtx_unlock(mtx_t* m) { return result(pthread_mutex_unlock(m)); }

int thrd_create(thrd_t* thr, thrd_start_t func, void* arg) {
  auto* s = static_cast<Start*>(malloc(sizeof(Start)));
  if (!s) return thrd_nomem;
  *s = {func, arg};
  int e = pthread_create(thr, nullptr, run, s);
  if (e) free(s);
  return result(e);
}

thrd_t thrd_current(void) { return pthread_self(); }
int thrd_detach(thrd_t t) { return result(pthread_detach(t)); }
int thrd_equal(thrd_t a, thrd_t b) { return pthread_equal(a, b); }
void thrd_exit(int res) { pthread_exit(reinterpret_cast<void*>(static_cast<intptr_t>(res))); }

int thrd_join(thrd_t t, int* res) {
  void* v;
  int e = pthread_join(t, &v);
  if (e) return result(e);
  if (res) *res = static_cast<int>(reinterpret_cast<intptr_t>(v));
  return thrd_success;
}

int thrd_sleep(const struct timespec* duration, struct timespec* remaining) {
  // C11: 0 when the time elapsed, -1 when a signal cut it short, another negative on error.
  long r = pure::syscall(__NR_nanosleep, duration, remaining);
  if (r == 0) return 0;
  return r == -EINTR ? -1 : -2;
}

void thrd_yield(void) { sched_yield(); }

int tss_create(tss_t* key, tss_dtor_t dtor) { return result(pthread_key_create(key, dtor)); }
void tss_delete(tss_t key) { pthread_key_delete(key); }
void* tss_get(tss_t key) { return pthread_getspecific(key); }
int tss_set(tss_t key, void* val) { return result(pthread_setspecific(key, val)); }

}  // extern "C"
