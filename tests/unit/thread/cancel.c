/* pthread_cancel: deferred at cancellation points (cond_wait, testcancel, join), with
   cleanup handlers; asynchronous; disabled until re-enabled. */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <unistd.h>
#include "../check.h"

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t never = PTHREAD_COND_INITIALIZER;
static volatile int cleanup_ran, started, owned_in_cleanup;

static void unlock_cleanup(void *arg) {
  /* POSIX: the mutex is held again when cleanup starts after a cancelled cond_wait. */
  owned_in_cleanup = pthread_mutex_trylock(&m) == EBUSY;
  cleanup_ran++;
  pthread_mutex_unlock(&m);
}

static void *waits_forever(void *arg) {
  pthread_mutex_lock(&m);
  pthread_cleanup_push(unlock_cleanup, NULL);
  __atomic_store_n(&started, 1, __ATOMIC_SEQ_CST);
  for (;;) pthread_cond_wait(&never, &m);
  pthread_cleanup_pop(1);
  return NULL;
}

static void count_cleanup(void *arg) { (*(volatile int *)arg)++; }

static void *polls(void *arg) {
  pthread_cleanup_push(count_cleanup, arg);
  __atomic_store_n(&started, 1, __ATOMIC_SEQ_CST);
  for (;;) {
    pthread_testcancel();
    sched_yield();
  }
  pthread_cleanup_pop(0);
  return NULL;
}

static volatile unsigned long spins;
static void *spins_async(void *arg) {
  int old;
  pthread_setcanceltype(PTHREAD_CANCEL_ASYNCHRONOUS, &old);
  __atomic_store_n(&started, 1, __ATOMIC_SEQ_CST);
  for (;;) spins++;
  return NULL;
}

static volatile int reached_after_disable;
static void *disabled_first(void *arg) {
  int old;
  pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old);
  __atomic_store_n(&started, 1, __ATOMIC_SEQ_CST);
  while (!__atomic_load_n((volatile int *)arg, __ATOMIC_SEQ_CST)) usleep(1000);
  pthread_testcancel(); /* disabled: no effect */
  reached_after_disable = 1;
  pthread_setcancelstate(PTHREAD_CANCEL_ENABLE, &old);
  pthread_testcancel();
  reached_after_disable = 2; /* not reached */
  return NULL;
}

static void wait_started(void) {
  while (!__atomic_load_n(&started, __ATOMIC_SEQ_CST)) usleep(1000);
  __atomic_store_n(&started, 0, __ATOMIC_SEQ_CST);
}

int main(void) {
  pthread_t t;
  void *res = NULL;

  CHECK_INT(pthread_create(&t, NULL, waits_forever, NULL), 0);
  wait_started();
  CHECK_INT(pthread_cancel(t), 0);
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK(res == PTHREAD_CANCELED);
  CHECK_INT(cleanup_ran, 1);
  CHECK_INT(owned_in_cleanup, 1);
  CHECK_INT(pthread_mutex_trylock(&m), 0); /* the cleanup released it */
  pthread_mutex_unlock(&m);

  volatile int count = 0;
  CHECK_INT(pthread_create(&t, NULL, polls, (void *)&count), 0);
  wait_started();
  CHECK_INT(pthread_cancel(t), 0);
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK(res == PTHREAD_CANCELED);
  CHECK_INT(count, 1);

  CHECK_INT(pthread_create(&t, NULL, spins_async, NULL), 0);
  wait_started();
  CHECK_INT(pthread_cancel(t), 0);
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK(res == PTHREAD_CANCELED);

  volatile int go = 0;
  CHECK_INT(pthread_create(&t, NULL, disabled_first, (void *)&go), 0);
  wait_started();
  CHECK_INT(pthread_cancel(t), 0);
  go = 1;
  CHECK_INT(pthread_join(t, &res), 0);
  CHECK(res == PTHREAD_CANCELED);
  CHECK_INT(reached_after_disable, 1);

  int old;
  CHECK_INT(pthread_setcancelstate(99, &old), EINVAL);
  CHECK_INT(pthread_setcanceltype(99, &old), EINVAL);
  CHECK_INT(pthread_setcanceltype(PTHREAD_CANCEL_DEFERRED, &old), 0);
  CHECK_INT(old, PTHREAD_CANCEL_DEFERRED);
  return check_done();
}
